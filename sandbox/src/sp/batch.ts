import { randomUUID } from 'crypto';
import { STATUS_TEXT } from '../http/odata-json';

/**
 * `$batch` (sharepoint-rest.md §10): parses the multipart body PnPjs sends (LF line endings, GETs as top-level
 * parts, non-GETs inside changesets) and writes the flat `batchresponse_` body PnPjs' parser accepts
 * (no nested changeset responses, headers with exactly one colon, trailing newline after the close delimiter).
 */
export interface IBatchPart { method: string; url: string; headers: Record<string, string>; body: string }

export function parseBatch(body: string, boundary: string): IBatchPart[] {
  const parts: IBatchPart[] = [];
  const text = body.replace(/\r\n/g, '\n');
  for (const chunk of splitMultipart(text, boundary)) {
    const { headers, rest } = splitHeaders(chunk);
    const ct = headers['content-type'] ?? '';
    const inner = /multipart\/mixed;\s*boundary="?([^";]+)"?/i.exec(ct);
    if (inner) {
      for (const sub of splitMultipart(rest, inner[1])) {
        const { rest: http } = splitHeaders(sub);
        parts.push(parseHttp(http));
      }
    } else {
      parts.push(parseHttp(rest));
    }
  }
  return parts;
}

function splitMultipart(text: string, boundary: string): string[] {
  const delim = `--${boundary}`;
  const out: string[] = [];
  const lines = text.split('\n');
  let cur: string[] | null = null;
  for (const line of lines) {
    if (line.trim() === delim || line.trim() === `${delim}--`) {
      if (cur) out.push(cur.join('\n'));
      cur = line.trim() === delim ? [] : null;
      continue;
    }
    if (cur) cur.push(line);
  }
  return out;
}

function splitHeaders(chunk: string): { headers: Record<string, string>; rest: string } {
  const lines = chunk.split('\n');
  const headers: Record<string, string> = {};
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') { i++; break; }
    const c = line.indexOf(':');
    if (c > 0) headers[line.slice(0, c).trim().toLowerCase()] = line.slice(c + 1).trim();
  }
  return { headers, rest: lines.slice(i).join('\n') };
}

function parseHttp(text: string): IBatchPart {
  const lines = text.replace(/^\n+/, '').split('\n');
  const m = /^([A-Z]+)\s+(\S+)(\s+HTTP\/[\d.]+)?$/i.exec(lines[0].trim());
  if (!m) throw new Error('Invalid batch part request line');
  const headers: Record<string, string> = {};
  let i = 1;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') { i++; break; }
    const c = line.indexOf(':');
    if (c > 0) headers[line.slice(0, c).trim().toLowerCase()] = line.slice(c + 1).trim();
  }
  const body = lines.slice(i).join('\n').replace(/\n+$/, '');
  return { method: m[1].toUpperCase(), url: m[2], headers, body };
}

export async function writeBatchResponse(responses: Response[]): Promise<{ body: string; contentType: string }> {
  const boundary = `batchresponse_${randomUUID()}`;
  let out = '';
  for (const r of responses) {
    const text = r.status === 204 ? '' : await r.text();
    out += `--${boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n`;
    out += `HTTP/1.1 ${r.status} ${r.statusText || STATUS_TEXT[r.status] || ''}\r\n`;
    r.headers.forEach((v, k) => {
      if (/^(content-length)$/i.test(k)) return;
      out += `${k.toUpperCase()}: ${v}\r\n`;
    });
    out += `\r\n${text}\r\n`;
  }
  out += `--${boundary}--\r\n`;
  return { body: out, contentType: `multipart/mixed; boundary=${boundary}` };
}
