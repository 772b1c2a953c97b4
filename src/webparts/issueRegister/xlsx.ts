import { IExportSheet, IImportSheet, ImportCell } from '../../data/issues';

// exceljs is large; it is loaded only when someone imports or exports (its own webpack chunk).
type ExcelModule = typeof import('exceljs');

function loadExcel(): Promise<ExcelModule> {
  return import(/* webpackChunkName: 'exceljs' */ 'exceljs');
}

function plain(value: unknown): ImportCell {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  const v = value as { richText?: Array<{ text: string }>; text?: string; result?: unknown; hyperlink?: string };
  if (v.richText) return v.richText.map((r) => r.text).join('');
  if (v.result !== undefined) return plain(v.result);
  if (v.text !== undefined) return String(v.text);
  return String(value);
}

/** The first worksheet of a workbook as a header row and data rows (formulas as their results, rich text as text). */
export async function readWorkbook(data: ArrayBuffer): Promise<IImportSheet> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const width = sheet.columnCount;
  const rows: ImportCell[][] = [];
  let headers: string[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: ImportCell[] = [];
    for (let c = 1; c <= width; c++) cells.push(plain(row.getCell(c).value));
    if (rowNumber === 1) headers = cells.map((c) => (c === undefined ? '' : String(c).trim()));
    else rows.push(cells);
  });
  return { headers, rows };
}

/** A workbook with one sheet per export sheet: bold header row, frozen, filter on, widths from the content. */
export async function writeWorkbook(sheets: ReadonlyArray<IExportSheet>): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'opsdesk';
  for (const s of sheets) {
    const ws = workbook.addWorksheet(s.name.replace(/[\\/?*[\]:]/g, '').slice(0, 31) || 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(s.headers);
    for (const r of s.rows) ws.addRow(r);
    ws.getRow(1).font = { bold: true };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: s.headers.length } };
    s.headers.forEach((h, i) => {
      let width = h.length * 2 + 2;
      for (const r of s.rows) width = Math.max(width, Math.min(60, String(r[i] === undefined ? '' : r[i]).length * 2 + 2));
      ws.getColumn(i + 1).width = width;
    });
  }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
