import {
  codeFromLabel,
  dayNumberOfDateKey,
  ILocalizedText,
  INewIssueInput,
  ISSUE_AREA_LABELS,
  ISSUE_STATUS_LABELS,
  IssueStatus,
  IUserRef,
  IValidNewIssue,
  jstDateKey,
  jstInstant,
  pad2,
  PRIORITY_LABELS,
  validateNewIssue
} from '../../domain';

/** The columns of a 課題管理一覧 workbook that can be mapped onto the register. */
export type ImportField = 'title' | 'description' | 'system' | 'area' | 'priority' | 'owner' | 'dueDate' | 'policy' | 'status' | 'progress';

export const IMPORT_FIELDS: ReadonlyArray<ImportField> = ['title', 'description', 'system', 'area', 'priority', 'owner', 'dueDate', 'policy', 'status', 'progress'];

export const IMPORT_FIELD_LABELS: { readonly [F in ImportField]: ILocalizedText } = {
  title: { ja: '件名', en: 'Subject' },
  description: { ja: '課題内容', en: 'Description' },
  system: { ja: '業務システム', en: 'Business system' },
  area: { ja: '課題発生個所', en: 'Where it arose' },
  priority: { ja: '優先度', en: 'Priority' },
  owner: { ja: '担当者', en: 'Owner' },
  dueDate: { ja: '期限', en: 'Due date' },
  policy: { ja: '対応方針', en: 'Response policy' },
  status: { ja: '状態', en: 'Status' },
  progress: { ja: '対応状況', en: 'Progress' }
};

/** Headers seen in wards' Excel ledgers for each field, besides the labels above. */
const ALIASES: { readonly [F in ImportField]: ReadonlyArray<string> } = {
  title: ['件名', '課題', '課題名', 'タイトル', '表題', 'subject', 'title'],
  description: ['課題内容', '内容', '詳細', '課題詳細', 'description'],
  system: ['業務システム', 'システム', 'システム名', '対象システム', 'system'],
  area: ['課題発生個所', '発生個所', '発生箇所', '課題発生箇所', '区分', 'area'],
  priority: ['優先度', '重要度', 'priority'],
  owner: ['担当者', '担当', '対応者', 'owner'],
  dueDate: ['期限', '対応期限', '期日', '完了予定日', 'due', 'due date'],
  policy: ['対応方針', '方針', 'policy'],
  status: ['状態', 'ステータス', '状況', 'status'],
  progress: ['対応状況', '進捗', '経過', 'progress']
};

/** A cell as exceljs gives it, reduced to what the import understands. */
export type ImportCell = string | number | boolean | Date | undefined;

/** A worksheet as rows of cells; row 1 of the sheet is the header. */
export interface IImportSheet {
  headers: string[];
  rows: ImportCell[][];
}

/** Which sheet column (0-based) feeds each field; unmapped fields are left empty. */
export type ImportMapping = Partial<Record<ImportField, number>>;

function norm(s: string): string {
  return s.replace(/[\s\u3000]+/g, '').toLowerCase();
}

/** Maps headers to fields by the labels and common aliases; the user adjusts it in the preview. */
export function guessMapping(headers: ReadonlyArray<string>): ImportMapping {
  const mapping: ImportMapping = {};
  const used: number[] = [];
  for (const field of IMPORT_FIELDS) {
    const names = ALIASES[field].map(norm);
    for (let i = 0; i < headers.length; i++) {
      if (used.indexOf(i) < 0 && names.indexOf(norm(headers[i] || '')) >= 0) {
        mapping[field] = i;
        used.push(i);
        break;
      }
    }
  }
  return mapping;
}

/** A cell as trimmed text ('' when empty); dates as 'YYYY-MM-DD'. */
export function cellText(cell: ImportCell): string {
  if (cell === undefined || cell === null) return '';
  if (cell instanceof Date) return excelDateKey(cell);
  return String(cell).trim();
}

// exceljs hands date cells over as UTC midnight of the calendar date typed in Excel.
function excelDateKey(d: Date): string {
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, R: 2018, H: 1988 };

/**
 * A due-date cell as a calendar date: an Excel date, a serial number, '2026/5/1', '2026-05-01',
 * '2026年5月1日' or '令和8年5月1日'. Undefined when it is not a real date.
 */
export function parseImportDate(cell: ImportCell): string | undefined {
  if (cell instanceof Date) return isNaN(cell.getTime()) ? undefined : excelDateKey(cell);
  if (typeof cell === 'number') {
    if (cell < 1 || cell > 2958465) return undefined;
    return excelDateKey(new Date(Math.round((cell - 25569) * 86400000)));
  }
  const text = cellText(cell).replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  let year: number;
  let month: string;
  let day: string;
  const western = /^(\d{4})[/\-.年](\d{1,2})[/\-.月](\d{1,2})日?$/.exec(text);
  if (western) {
    year = Number(western[1]);
    month = western[2];
    day = western[3];
  } else {
    const era = /^(令和|平成|R|H)(\d{1,2}|元)[年.](\d{1,2})[月.](\d{1,2})日?$/.exec(text);
    if (!era) return undefined;
    year = ERAS[era[1]] + (era[2] === '元' ? 1 : Number(era[2]));
    month = era[3];
    day = era[4];
  }
  const key = `${year}-${pad2(Number(month))}-${pad2(Number(day))}`;
  return dayNumberOfDateKey(key) === undefined ? undefined : key;
}

/** A row that passed every check, ready to be written. */
export interface IImportIssue extends IValidNewIssue {
  status: IssueStatus;
  progress?: string;
  /** The system's vendor, whose group gets access to the issue. */
  vendorKey?: string;
}

/** Each row's outcome, numbered as in Excel (the header is row 1). */
export type ImportRowResult =
  | { rowNumber: number; ok: true; issue: IImportIssue }
  | { rowNumber: number; ok: false; title: string; reasons: ILocalizedText[] };

/** What the rows refer to by name, resolved before validation (people through SharePoint, systems by title). */
export interface IImportLookups {
  owners: Readonly<Record<string, IUserRef | undefined>>;
  systems?: Readonly<Record<string, { id: number; vendorKey?: string } | undefined>>;
}

function labelOrCode<T extends string>(table: Record<T, ILocalizedText>, text: string): string | undefined {
  if (text === '') return undefined;
  if (Object.prototype.hasOwnProperty.call(table, text)) return text;
  return codeFromLabel(table, text) || `?${text}`;
}

/** Distinct owner texts of the mapped column, for resolving them in one go. */
export function ownerTexts(sheet: IImportSheet, mapping: ImportMapping): string[] {
  const col = mapping.owner;
  if (col === undefined) return [];
  const seen: string[] = [];
  for (const row of sheet.rows) {
    const t = cellText(row[col]);
    if (t !== '' && seen.indexOf(t) < 0) seen.push(t);
  }
  return seen;
}

function isBlank(row: ImportCell[]): boolean {
  for (const c of row) if (cellText(c) !== '') return false;
  return true;
}

/**
 * Checks every row with the domain's `validateNewIssue`, so an imported issue meets the same rules as one
 * raised in the form (owner and due date required, §8), plus what only an import can get wrong: an owner
 * that is not a SharePoint user, an unknown system, a date that is not a date, and a row whose subject
 * repeats an earlier row. Overdue issues exist in every ledger, so a past due date is accepted here. Blank
 * rows are skipped. Nothing is written: the caller imports the `ok` rows all together or none.
 */
export function validateImportRows(sheet: IImportSheet, mapping: ImportMapping, lookups: IImportLookups, now: Date): ImportRowResult[] {
  const results: ImportRowResult[] = [];
  const seenTitles: Record<string, number> = {};
  sheet.rows.forEach((row, index) => {
    const rowNumber = index + 2;
    if (isBlank(row)) return;
    const get = (f: ImportField): string => (mapping[f] === undefined ? '' : cellText(row[mapping[f] as number]));
    const reasons: ILocalizedText[] = [];
    const title = get('title');
    const ownerText = get('owner');
    const owner = ownerText === '' ? undefined : lookups.owners[ownerText];
    if (ownerText !== '' && !owner) {
      reasons.push({ ja: `担当者「${ownerText}」が SharePoint のユーザーとして見つかりません。`, en: `Owner “${ownerText}” is not a SharePoint user.` });
    }
    const dueRaw = mapping.dueDate === undefined ? undefined : row[mapping.dueDate];
    const dueText = cellText(dueRaw);
    const dueDate = dueText === '' ? undefined : parseImportDate(dueRaw);
    if (dueText !== '' && !dueDate) {
      reasons.push({ ja: `期限「${dueText}」は日付として読み取れません（例: 2026/04/01）。`, en: `Due date “${dueText}” is not a date (e.g. 2026/04/01).` });
    }
    const systemText = get('system');
    let systemId: number | undefined;
    let vendorKey: string | undefined;
    if (systemText !== '') {
      const system = lookups.systems ? lookups.systems[systemText] : undefined;
      systemId = system ? system.id : undefined;
      vendorKey = system ? system.vendorKey : undefined;
      if (systemId === undefined) reasons.push({ ja: `業務システム「${systemText}」が業務システム一覧にありません。`, en: `System “${systemText}” is not in the systems list.` });
    }
    const statusText = get('status');
    const status = statusText === '' ? 'open' : codeFromLabel(ISSUE_STATUS_LABELS, statusText);
    if (!status) reasons.push({ ja: `状態「${statusText}」は選択肢にありません。`, en: `Status “${statusText}” is not a valid choice.` });
    const input: INewIssueInput = {
      title,
      description: get('description'),
      area: labelOrCode(ISSUE_AREA_LABELS, get('area')),
      priority: labelOrCode(PRIORITY_LABELS, get('priority')) || '',
      owner: owner || (ownerText === '' ? undefined : { id: -1, title: ownerText }),
      dueDate: dueDate || (dueText === '' ? undefined : '0000-00-00'),
      policy: get('policy'),
      systemId
    };
    // A due date already past is fine for an existing ledger: validate as of that day.
    const asOf = dueDate && dueDate < jstDateKey(now) ? jstInstant(dueDate) : now;
    const checked = validateNewIssue(input, asOf);
    if (!checked.ok) {
      for (const e of checked.errors) {
        // The owner and date problems above are worded for the sheet already.
        if ((e.field === 'owner' && ownerText !== '') || (e.field === 'dueDate' && dueText !== '')) continue;
        reasons.push(e.message);
      }
    }
    const key = norm(title);
    if (key !== '' && seenTitles[key] !== undefined) {
      reasons.push({ ja: `${seenTitles[key]}行目と件名が重複しています。`, en: `Same subject as row ${seenTitles[key]}.` });
    } else if (key !== '') {
      seenTitles[key] = rowNumber;
    }
    if (reasons.length > 0 || !checked.ok || !status) {
      results.push({ rowNumber, ok: false, title, reasons });
      return;
    }
    const issue: IImportIssue = { ...checked.value, status };
    if (vendorKey) issue.vendorKey = vendorKey;
    const progress = get('progress');
    if (progress !== '') issue.progress = progress;
    results.push({ rowNumber, ok: true, issue });
  });
  return results;
}
