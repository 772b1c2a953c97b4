import { ISSUE_AREA_LABELS, ISSUE_STATUS_LABELS, Locale, PRIORITY_LABELS } from '../../domain';
import { IssuesList } from '../../schema';
import { IIssueRecord } from './issueMapping';
import { IMeetingRow, MeetingChange } from './sinceLastMeeting';

/** A sheet to write: headers and rows of plain values (dates as 'YYYY/MM/DD' text, so Excel shows them as typed). */
export interface IExportSheet {
  name: string;
  headers: string[];
  rows: Array<Array<string | number>>;
}

export const MEETING_CHANGE_LABELS: { readonly [C in MeetingChange]: { ja: string; en: string } } = {
  new: { ja: '新規', en: 'New' },
  overdue: { ja: '期限超過', en: 'Overdue' },
  ownerChanged: { ja: '担当者変更', en: 'Owner changed' },
  dueChanged: { ja: '期限変更', en: 'Due date changed' },
  closed: { ja: '完了', en: 'Closed' }
};

function slash(date: string | undefined): string {
  return date ? date.replace(/-/g, '/') : '';
}

/**
 * A register view as a sheet with the column titles SharePoint shows (Japanese by default), one row per issue,
 * in the view's order. With meeting rows, two more columns say what changed and what it was at the meeting.
 */
export function exportIssues(records: ReadonlyArray<IIssueRecord>, locale: Locale, name: string, meeting?: ReadonlyArray<IMeetingRow>): IExportSheet {
  const f = IssuesList.fields;
  const headers = [
    'ID',
    IssuesList.titleField[locale],
    f.area.title[locale],
    f.status.title[locale],
    f.priority.title[locale],
    f.owner.title[locale],
    f.dueDate.title[locale],
    f.policy.title[locale],
    f.progress.title[locale]
  ];
  if (meeting) headers.push(locale === 'en' ? 'Since the last meeting' : '前回定例会以降', locale === 'en' ? 'At the meeting' : '定例会時点');
  const byId: Record<number, IMeetingRow> = {};
  for (const m of meeting || []) byId[m.issue.id] = m;
  const rows = records.map((r) => {
    const i = r.issue;
    const row: Array<string | number> = [
      i.id,
      i.title,
      ISSUE_AREA_LABELS[i.area][locale],
      ISSUE_STATUS_LABELS[i.status][locale],
      PRIORITY_LABELS[i.priority][locale],
      i.owner.title,
      slash(i.dueDate),
      i.policy || '',
      r.progress || ''
    ];
    const m = byId[i.id];
    if (meeting) {
      row.push(m ? m.changes.map((c) => MEETING_CHANGE_LABELS[c][locale]).join('、') : '');
      const before: string[] = [];
      if (m && m.ownerAtMeeting) before.push(`${f.owner.title[locale]}: ${m.ownerAtMeeting.title || '#' + m.ownerAtMeeting.id}`);
      if (m && m.dueAtMeeting) before.push(`${f.dueDate.title[locale]}: ${slash(m.dueAtMeeting)}`);
      row.push(before.join('、'));
    }
    return row;
  });
  return { name, headers, rows };
}
