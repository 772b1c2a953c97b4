import * as zlib from 'zlib';

/**
 * The opsdesk app icons, drawn here so that they are reproducible and reviewable as code: a white clipboard with
 * three lines. Teams wants a 192×192 full-colour icon and a 32×32 white-on-transparent outline icon.
 */

type Rgba = [number, number, number, number];

const ACCENT: Rgba = [0x5b, 0x5f, 0xc7, 255];
const WHITE: Rgba = [255, 255, 255, 255];

interface IRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

// Shapes in unit coordinates (0..1), kept inside the central part Teams leaves free of cropping.
const BOARD: IRect = { x0: 0.26, y0: 0.2, x1: 0.74, y1: 0.84 };
const STROKE = 0.065;
const CLIP: IRect = { x0: 0.35, y0: 0.15, x1: 0.65, y1: 0.26 };
const LINES: IRect[] = [
  [0.37, 0.65],
  [0.51, 0.65],
  [0.65, 0.55]
].map(([y, x1]) => ({ x0: 0.35, y0: y, x1, y1: y + 0.055 }));

function inside(r: IRect, x: number, y: number): boolean {
  return x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1;
}

function inGlyph(x: number, y: number): boolean {
  const inner: IRect = { x0: BOARD.x0 + STROKE, y0: BOARD.y0 + STROKE, x1: BOARD.x1 - STROKE, y1: BOARD.y1 - STROKE };
  const board = inside(BOARD, x, y) && !inside(inner, x, y);
  return board || inside(CLIP, x, y) || LINES.some((l) => inside(l, x, y));
}

/** Coverage of the glyph in a pixel, 4×4 supersampled so the small outline icon keeps its shape. */
function coverage(px: number, py: number, size: number): number {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      if (inGlyph((px + (sx + 0.5) / 4) / size, (py + (sy + 0.5) / 4) / size)) hits++;
    }
  }
  return hits / 16;
}

function raster(size: number, background: Rgba | undefined): Buffer {
  const rowBytes = size * 4 + 1;
  const data = Buffer.alloc(rowBytes * size);
  for (let y = 0; y < size; y++) {
    data[y * rowBytes] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const c = coverage(x, y, size);
      const o = y * rowBytes + 1 + x * 4;
      if (background) {
        for (let i = 0; i < 3; i++) data[o + i] = Math.round(background[i] * (1 - c) + WHITE[i] * c);
        data[o + 3] = 255;
      } else {
        data[o] = data[o + 1] = data[o + 2] = 255;
        data[o + 3] = Math.round(255 * c);
      }
    }
  }
  return data;
}

const CRC_TABLE = ((): number[] => {
  const table: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table.push(c >>> 0);
  }
  return table;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([len, typed, crc]);
}

function png(size: number, background: Rgba | undefined): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raster(size, background), { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ]);
}

/** The unfiltered scanlines of an icon (what the PNG's IDAT inflates to), to compare icons across zlib builds. */
export function iconScanlines(kind: 'color' | 'outline'): Buffer {
  return kind === 'color' ? raster(192, ACCENT) : raster(32, undefined);
}

/** 192×192, white glyph on the accent colour. */
export function colorIcon(): Buffer {
  return png(192, ACCENT);
}

/** 32×32, white glyph on transparent. */
export function outlineIcon(): Buffer {
  return png(32, undefined);
}

export const ACCENT_COLOR = '#5B5FC7';
