import {
  codeFromLabel,
  GOVERNED_FIELD_LABELS,
  ILocalizedText,
  IProposal,
  ISSUE_STATUS_LABELS,
  IssueStatus,
  IUserRef,
  jstDateKey
} from '../../domain';
import { IssuesList } from '../../schema';
import { IIssueUpdate } from './issueMapping';

/** One stored version of an issue item (`items(n)/versions`), with the columns the history compares. */
export interface IIssueVersion {
  label: string;
  /** ISO 8601 instant the version was saved. */
  at: string;
  editor?: IUserRef;
  ownerId?: number;
  ownerName?: string;
  dueDate?: string;
  policy?: string;
  status?: IssueStatus;
  progress?: string;
}

type Raw = Record<string, unknown>;

function str(v: unknown): string | undefined {
  return v === null || v === undefined || v === '' ? undefined : String(v);
}

/**
 * A version's Person columns come back as `{LookupId, LookupValue, Email}` under the internal name; a version
 * carrying only the plain `<Name>Id` is read too, as is the version's `Editor`.
 */
function readPerson(raw: Raw, internalName: string): IUserRef | undefined {
  const complex = raw[internalName] as Raw | undefined;
  if (complex && typeof complex === 'object' && complex.LookupId !== undefined) {
    return { id: Number(complex.LookupId), title: String(complex.LookupValue || ''), email: str(complex.Email) };
  }
  const id = raw[`${internalName}Id`];
  if (typeof id === 'number') return { id, title: '' };
  return undefined;
}

/** A raw version entity as an IIssueVersion (through the schema's internal names). */
export function readIssueVersion(raw: Raw): IIssueVersion {
  const f = IssuesList.fields;
  const owner = readPerson(raw, f.owner.internalName);
  const due = str(raw[f.dueDate.internalName]);
  const status = str(raw[f.status.internalName]);
  const version: IIssueVersion = {
    label: String(raw.VersionLabel || ''),
    at: String(raw.Created || ''),
    editor: readPerson(raw, 'Editor'),
    ownerId: owner ? owner.id : undefined,
    ownerName: owner && owner.title ? owner.title : undefined,
    dueDate: due ? jstDateKey(new Date(due)) : undefined,
    policy: str(raw[f.policy.internalName]),
    status: status ? codeFromLabel(ISSUE_STATUS_LABELS, status) : undefined,
    progress: str(raw[f.progress.internalName])
  };
  return version;
}

/** What a history line is about. */
export type HistoryKind = 'created' | 'changed' | 'proposed' | 'approved' | 'rejected' | 'reported';

export type HistoryField = 'owner' | 'dueDate' | 'policy' | 'status' | 'progress';

/** One line of an issue's history: who did what, when, in both languages. */
export interface IHistoryEntry {
  at: string;
  by?: string;
  kind: HistoryKind;
  field?: HistoryField;
  before?: string;
  after?: string;
  text: ILocalizedText;
}

const FIELD_NAMES: { readonly [F in HistoryField]: ILocalizedText } = {
  owner: GOVERNED_FIELD_LABELS.owner,
  dueDate: GOVERNED_FIELD_LABELS.dueDate,
  policy: GOVERNED_FIELD_LABELS.policy,
  status: { ja: '状態', en: 'Status' },
  progress: { ja: '対応状況', en: 'Progress' }
};

/** Resolves a site user id to a display name (the caller knows the names it has read). */
export type NameOf = (userId: number) => string | undefined;

function who(user: IUserRef | undefined, nameOf: NameOf): string | undefined {
  if (!user || !user.id) return undefined;
  return user.title || nameOf(user.id) || `#${user.id}`;
}

function valueText(field: HistoryField, v: IIssueVersion, nameOf: NameOf, locale: 'ja' | 'en'): string {
  switch (field) {
    case 'owner':
      return v.ownerId ? v.ownerName || nameOf(v.ownerId) || `#${v.ownerId}` : '';
    case 'dueDate':
      return v.dueDate ? v.dueDate.replace(/-/g, '/') : '';
    case 'status':
      return v.status ? ISSUE_STATUS_LABELS[v.status][locale] : '';
    default:
      return (field === 'policy' ? v.policy : v.progress) || '';
  }
}

function rawValue(field: HistoryField, v: IIssueVersion): string {
  switch (field) {
    case 'owner':
      return v.ownerId ? String(v.ownerId) : '';
    case 'dueDate':
      return v.dueDate || '';
    case 'status':
      return v.status || '';
    default:
      return (field === 'policy' ? v.policy : v.progress) || '';
  }
}

const COMPARED: HistoryField[] = ['owner', 'dueDate', 'policy', 'status', 'progress'];

function proposedText(p: IProposal): string {
  if (p.field === 'owner') return p.proposedValue.title;
  if (p.field === 'dueDate') return p.proposedValue.replace(/-/g, '/');
  return p.proposedValue;
}

/**
 * The history of an issue in the order things happened: the item's versions compared pairwise (who changed
 * which column from what to what), the proposals (who asked, why, and who agreed or refused) and the reported
 * updates. Versions may come newest first, as SharePoint returns them.
 */
export function buildIssueHistory(
  versions: ReadonlyArray<IIssueVersion>,
  proposals: ReadonlyArray<IProposal>,
  updates: ReadonlyArray<IIssueUpdate>,
  nameOf: NameOf
): IHistoryEntry[] {
  const entries: IHistoryEntry[] = [];
  const ordered = versions.slice().sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.label < b.label ? -1 : 1));
  ordered.forEach((v, i) => {
    const by = who(v.editor, nameOf);
    const actor = { ja: by || '(不明)', en: by || '(unknown)' };
    if (i === 0) {
      entries.push({ at: v.at, by, kind: 'created', text: { ja: `${actor.ja} が課題を起票しました。`, en: `${actor.en} raised the issue.` } });
      return;
    }
    const prev = ordered[i - 1];
    for (const field of COMPARED) {
      if (rawValue(field, prev) === rawValue(field, v)) continue;
      const name = FIELD_NAMES[field];
      const beforeJa = valueText(field, prev, nameOf, 'ja');
      const afterJa = valueText(field, v, nameOf, 'ja');
      const beforeEn = valueText(field, prev, nameOf, 'en');
      const afterEn = valueText(field, v, nameOf, 'en');
      entries.push({
        at: v.at,
        by,
        kind: 'changed',
        field,
        before: beforeJa,
        after: afterJa,
        text: {
          ja: `${actor.ja} が${name.ja}を「${beforeJa || '(なし)'}」から「${afterJa || '(なし)'}」に変更しました。`,
          en: `${actor.en} changed ${name.en.toLowerCase()} from “${beforeEn || '(none)'}” to “${afterEn || '(none)'}”.`
        }
      });
    }
  });
  for (const p of proposals) {
    const name = GOVERNED_FIELD_LABELS[p.field];
    const proposer = who(p.proposer, nameOf) || '(不明)';
    const value = proposedText(p);
    entries.push({
      at: p.proposedAt,
      by: proposer,
      kind: 'proposed',
      field: p.field,
      after: value,
      text: {
        ja: `${proposer} が${name.ja}の変更（「${value}」へ）を申請しました。理由: ${p.reason}`,
        en: `${proposer} proposed changing ${name.en.toLowerCase()} to “${value}”. Reason: ${p.reason}`
      }
    });
    if (p.status !== 'pending' && p.decidedAt) {
      const decider = who(p.decidedBy, nameOf) || '(不明)';
      const approved = p.status === 'approved';
      const comment = p.decisionComment ? ` ${p.decisionComment}` : '';
      entries.push({
        at: p.decidedAt,
        by: decider,
        kind: approved ? 'approved' : 'rejected',
        field: p.field,
        after: value,
        text: approved
          ? { ja: `${decider} が${name.ja}の変更（「${value}」へ）を承認しました。${comment}`.trim(), en: `${decider} approved changing ${name.en.toLowerCase()} to “${value}”.${comment}` }
          : { ja: `${decider} が${name.ja}の変更（「${value}」へ）を却下しました。理由:${comment}`, en: `${decider} rejected changing ${name.en.toLowerCase()} to “${value}”. Reason:${comment}` }
      });
    }
  }
  for (const u of updates) {
    const author = who(u.author, nameOf) || '(不明)';
    const parts: ILocalizedText[] = [];
    if (u.newStatus) parts.push({ ja: `状態を「${ISSUE_STATUS_LABELS[u.newStatus].ja}」に`, en: `status “${ISSUE_STATUS_LABELS[u.newStatus].en}”` });
    if (u.note) parts.push({ ja: `対応状況「${u.note}」`, en: `progress “${u.note}”` });
    const tail: ILocalizedText = u.applied
      ? { ja: '', en: '' }
      : u.refusal
        ? { ja: `（反映されませんでした: ${u.refusal}）`, en: ` (not applied: ${u.refusal})` }
        : { ja: '（反映待ち）', en: ' (waiting to be applied)' };
    entries.push({
      at: u.at || '',
      by: author,
      kind: 'reported',
      field: u.newStatus ? 'status' : 'progress',
      text: {
        ja: `${author} が報告しました: ${parts.map((p) => p.ja).join('、')}${tail.ja}`,
        en: `${author} reported ${parts.map((p) => p.en).join(', ')}${tail.en}`
      }
    });
  }
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
