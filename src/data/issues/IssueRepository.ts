import { PermissionKind } from '@pnp/sp/security';
import {
  IActor,
  IIssue,
  IProposal,
  ISSUE_STATUS_LABELS,
  IssueStatus,
  IUserRef,
  IValidNewIssue,
  jstDateKey,
  jstInstant,
  dayNumberOfDateKey,
  dateKeyOfDayNumber,
  PROPOSAL_STATUS_LABELS,
  PRIORITY_LABELS,
  ISSUE_AREA_LABELS
} from '../../domain';
import { IssuesList, IssueUpdatesList, MeetingsList, ProposalsList, SystemsList } from '../../schema';
import { DataError, toDataError } from '../DataError';
import { ISchemaItem, WriteValues } from '../fieldValues';
import { and, or } from '../odataFilter';
import { SPFI } from '../pnp';
import { IItemPage, IListQuery, SchemaListRepository } from '../SchemaListRepository';
import { buildIssueHistory, IHistoryEntry, IIssueVersion, readIssueVersion } from './issueHistory';
import { IImportIssue } from './issueImport';
import {
  governedValueText,
  IIssueRecord,
  IIssueUpdate,
  plainTextToHtml,
  proposalValues,
  statusValues,
  toIssueRecord,
  toIssueUpdate,
  toProposal
} from './issueMapping';
import { currentActorIn } from './currentActor';
import { changesSinceMeeting, IIssueWithHistory, IMeetingRow } from './sinceLastMeeting';

/** The register's views; each filters first on an indexed column so it stays under the 5,000-item threshold. */
export type IssueView = 'byStatus' | 'byOwner' | 'overdue' | 'dueThisWeek' | 'pendingApproval';

export interface IIssueQuery {
  view: IssueView;
  /** Today in Asia/Tokyo, 'YYYY-MM-DD'. */
  today: string;
  /** byStatus: one status; all but closed when omitted. */
  status?: IssueStatus;
  /** byOwner: the owner's site user id. */
  ownerId?: number;
  pageSize?: number;
}

export interface IIssuePage {
  records: IIssueRecord[];
  next?: () => Promise<IIssuePage>;
}

/** An issue with its proposals and reported updates, and whether the current user may write the issue item. */
export interface IIssueDetail {
  record: IIssueRecord;
  proposals: IProposal[];
  /** ETag per proposal id, for the decision's concurrency check. */
  proposalEtags: Record<string, string | undefined>;
  updates: IIssueUpdate[];
  /** SharePoint's answer (EditListItems on the item): the approver's group and the ICT center. */
  canEdit: boolean;
}

/** A business system as the issue form offers it; its vendor decides which vendor group sees the issue. */
export interface ISystemOption {
  id: number;
  title: string;
  vendorKey?: string;
}

/** The outcome of writing the validated rows of an import. */
export interface IImportOutcome {
  /** Ids of the issues created (empty when the write failed and was rolled back). */
  created: number[];
  /** Why the write failed; every item written before the failure was deleted again. */
  failure?: DataError;
  /** Items that could not be deleted during the rollback (reported so nothing is silently left behind). */
  leftBehind: number[];
}

/** The register's first screen: who is looking, and the first page of the view it opens on. */
export interface IIssueFirstScreen {
  actor: IActor;
  page: IIssuePage;
}

/** The issue register (課題管理一覧) with its proposals (課題変更提案), updates (課題対応記録) and meetings (定例会). */
export interface IIssueRepository {
  page(query: IIssueQuery): Promise<IIssuePage>;
  /**
   * The current actor and the first page of a view, with which of its issues await a decision: one $batch
   * (one round trip) for every view but pendingApproval, whose issues can only be asked for after its proposals.
   */
  firstScreen(query: IIssueQuery): Promise<IIssueFirstScreen>;
  get(id: number): Promise<IIssueDetail>;
  /** Raises an issue; returns its id. The notifier then sets the item's permissions from the §8 matrix. */
  raise(input: IValidNewIssue, vendorKey?: string): Promise<number>;
  /** Records a pending proposal; the issue keeps its agreed values. */
  propose(detail: IIssueDetail, proposal: IProposal): Promise<number>;
  /**
   * Records the approver's decision (the proposal item first: SharePoint lets only the approver's group write
   * it), then on approval writes the agreed value on the issue; if that fails the decision is put back.
   */
  decide(detail: IIssueDetail, decided: IIssue, proposalId: string): Promise<void>;
  /** Reports progress and/or a status change; applied at once when `applied` is the issue after the change. */
  report(detail: IIssueDetail, note: string | undefined, newStatus: IssueStatus | undefined, applied?: IIssue): Promise<void>;
  history(id: number): Promise<IHistoryEntry[]>;
  /** Dates of the periodic meetings, newest first. */
  meetingDates(): Promise<string[]>;
  /** The issues with something to report since the meeting held on `meetingDate`. */
  sinceMeeting(meetingDate: string, now: Date): Promise<{ records: IIssueRecord[]; rows: IMeetingRow[] }>;
  /** Resolves owner texts from a workbook (e-mail, login or display name) to site users. */
  resolveUsers(texts: ReadonlyArray<string>): Promise<Record<string, IUserRef | undefined>>;
  /** Business systems in operation: the form's choices and the import's system column (with their vendor). */
  systems(): Promise<ISystemOption[]>;
  /** Writes every row in $batch requests; on a failure deletes what was written and reports it. */
  importIssues(issues: ReadonlyArray<IImportIssue>): Promise<IImportOutcome>;
}

const ISSUE_KEYS = ['description', 'system', 'area', 'priority', 'status', 'owner', 'dueDate', 'policy', 'progress', 'vendorKey', 'pendingChange', 'resolvedAt', 'closedAt'];
const LIST_KEYS = ['area', 'priority', 'status', 'owner', 'dueDate', 'policy', 'progress', 'vendorKey', 'pendingChange', 'resolvedAt', 'closedAt'];
const BATCH_SIZE = 100;
// Page size of the reads that walk a whole result (the meeting delta, a view's export): well under any
// list view threshold, since SharePoint refuses a $top above it on a large list.
const WALK_PAGE = 200;

function addDays(dateKey: string, days: number): string {
  return dateKeyOfDayNumber((dayNumberOfDateKey(dateKey) as number) + days);
}

function chunks<T>(items: ReadonlyArray<T>, size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Marks the records that one of these pending proposals (read with their issue lookup) is about. */
function markFrom(records: IIssueRecord[], pendingProposals: ReadonlyArray<ISchemaItem>): void {
  const ids = pendingProposals.map((i) => i.values.issue as { id: number } | undefined).map((ref) => (ref ? ref.id : 0));
  for (const r of records) r.pendingChange = ids.indexOf(r.issue.id) >= 0;
}

/** PnPjs implementation over the site's lists, addressed by URL through the schema. */
export class SpIssueRepository implements IIssueRepository {
  private readonly issues: SchemaListRepository;
  private readonly proposals: SchemaListRepository;
  private readonly updates: SchemaListRepository;
  private readonly meetings: SchemaListRepository;

  constructor(
    private readonly sp: SPFI,
    private readonly webServerRelativeUrl: string,
    private readonly clock: () => Date = () => new Date()
  ) {
    this.issues = new SchemaListRepository(sp, webServerRelativeUrl, IssuesList);
    this.proposals = new SchemaListRepository(sp, webServerRelativeUrl, ProposalsList);
    this.updates = new SchemaListRepository(sp, webServerRelativeUrl, IssueUpdatesList);
    this.meetings = new SchemaListRepository(sp, webServerRelativeUrl, MeetingsList);
  }

  public async page(query: IIssueQuery): Promise<IIssuePage> {
    const q = this.viewQuery(query);
    if (!q) return this.pendingPage(query.pageSize || 50);
    return this.toIssuePage(await this.issues.page(q));
  }

  public async firstScreen(query: IIssueQuery): Promise<IIssueFirstScreen> {
    const q = this.viewQuery(query);
    const [batched, execute] = this.sp.batched();
    const actor = currentActorIn(batched);
    // The pending proposals (indexed status, bounded: each awaits a decision) go in the same batch as the page
    // instead of after it, since the page's issue ids are not known yet; markPending asks by id only when
    // there are more of them than one read returns.
    const reads = q
      ? Promise.all([
          new SchemaListRepository(batched, this.webServerRelativeUrl, IssuesList).page(q),
          new SchemaListRepository(batched, this.webServerRelativeUrl, ProposalsList).page(this.pendingProposalsQuery(WALK_PAGE, ['issue']))
        ])
      : undefined;
    if (reads) reads.catch(() => undefined);
    try {
      await execute();
    } catch (e) {
      throw toDataError(e);
    }
    if (!reads) {
      const [who, page] = await Promise.all([actor(), this.pendingPage(query.pageSize || 50)]);
      return { actor: who, page };
    }
    const [who, [first, pending]] = await Promise.all([actor(), reads]);
    const records = first.items.map((item) => toIssueRecord(item));
    if (pending.next) await this.markPending(records);
    else markFrom(records, pending.items);
    const next = first.next;
    return { actor: who, page: { records, next: next ? async () => this.toIssuePage(await next()) : undefined } };
  }

  /** The one list query behind a view (undefined for pendingApproval, which reads its proposals first). */
  private viewQuery(query: IIssueQuery): IListQuery | undefined {
    if (query.view === 'pendingApproval') return undefined;
    const f = this.issues.filter;
    const closed = ISSUE_STATUS_LABELS.closed.ja;
    const resolved = ISSUE_STATUS_LABELS.resolved.ja;
    const today = jstInstant(query.today);
    let q: IListQuery;
    switch (query.view) {
      case 'byOwner':
        q = { filter: and(f.eq('owner', query.ownerId || 0), f.ne('status', closed)), orderBy: [['dueDate', true]] };
        break;
      case 'overdue':
        q = { filter: and(f.lt('dueDate', today), f.ne('status', closed), f.ne('status', resolved)), orderBy: [['dueDate', true]] };
        break;
      case 'dueThisWeek':
        q = {
          filter: and(f.ge('dueDate', today), f.le('dueDate', jstInstant(addDays(query.today, 7))), f.ne('status', closed), f.ne('status', resolved)),
          orderBy: [['dueDate', true]]
        };
        break;
      default:
        q = {
          filter: query.status ? f.eq('status', ISSUE_STATUS_LABELS[query.status].ja) : f.ne('status', closed),
          orderBy: [['dueDate', true]]
        };
    }
    return { ...q, keys: LIST_KEYS, pageSize: query.pageSize || 50 };
  }

  private pendingProposalsQuery(pageSize: number, keys: string[]): IListQuery {
    return { keys, filter: this.proposals.filter.eq('status', PROPOSAL_STATUS_LABELS.pending.ja), orderBy: [['id', true]], pageSize };
  }

  private async toIssuePage(page: IItemPage): Promise<IIssuePage> {
    const next = page.next;
    const records = page.items.map((item) => toIssueRecord(item));
    await this.markPending(records);
    return { records, next: next ? async () => this.toIssuePage(await next()) : undefined };
  }

  /**
   * OpsPendingChange is only raised by those who may write the issue; a vendor's proposal is pending before
   * anyone with that right has touched the issue. So the page asks the proposals list (indexed lookup and
   * status) which of its issues have a pending proposal: one request per page.
   */
  private async markPending(records: IIssueRecord[]): Promise<void> {
    if (!records.length) return;
    const p = this.proposals.filter;
    const pending = await this.proposals.all({
      keys: ['issue'],
      filter: and(p.eq('status', PROPOSAL_STATUS_LABELS.pending.ja), or(...records.map((r) => p.eq('issue', r.issue.id)))),
      pageSize: WALK_PAGE
    });
    markFrom(records, pending);
  }

  /** Pending proposals (indexed status) first, then their issues by id: the list of what awaits a decision. */
  private async pendingPage(pageSize: number, from?: () => Promise<IItemPage>): Promise<IIssuePage> {
    const page = from
      ? await from()
      : await this.proposals.page(this.pendingProposalsQuery(pageSize, ['issue', 'status']));
    const ids: number[] = [];
    for (const p of page.items) {
      const ref = p.values.issue as { id: number } | undefined;
      if (ref && ids.indexOf(ref.id) < 0) ids.push(ref.id);
    }
    const records = ids.length
      ? (await this.issues.all({ keys: LIST_KEYS, filter: or(...ids.map((id) => this.issues.filter.eq('id', id))), pageSize: WALK_PAGE })).map((i) => toIssueRecord(i))
      : [];
    records.sort((a, b) => (a.issue.dueDate < b.issue.dueDate ? -1 : 1));
    const next = page.next;
    return { records, next: next ? () => this.pendingPage(pageSize, next) : undefined };
  }

  public async get(id: number): Promise<IIssueDetail> {
    const [item, proposalItems, updateItems, canEdit] = await Promise.all([
      this.issues.get(id, ISSUE_KEYS),
      this.proposals.all({ filter: this.proposals.filter.eq('issue', id), orderBy: [['id', true]] }),
      this.updates.all({ filter: this.updates.filter.eq('issue', id), orderBy: [['id', true]] }),
      this.canEdit(id)
    ]);
    const names = await this.userNames(proposalItems.map((p) => p.authorId || 0).concat(updateItems.map((u) => u.authorId || 0)));
    const proposals = proposalItems.map((p) => toProposal(p, names[p.authorId || 0]));
    const proposalEtags: Record<string, string | undefined> = {};
    for (const p of proposalItems) proposalEtags[String(p.id)] = p.etag;
    const updates = updateItems.map((u) => {
      const update = toIssueUpdate(u);
      if (update.author) update.author = { id: update.author.id, title: names[update.author.id] || '' };
      return update;
    });
    const record = toIssueRecord(item, proposals);
    if (record.issue.raisedBy.id) record.issue.raisedBy = { id: record.issue.raisedBy.id, title: (await this.userNames([record.issue.raisedBy.id]))[record.issue.raisedBy.id] || '' };
    return { record, proposals, proposalEtags, updates, canEdit };
  }

  private async canEdit(id: number): Promise<boolean> {
    try {
      return await this.issues.spList.items.getById(id).currentUserHasPermissions(PermissionKind.EditListItems);
    } catch (e) {
      throw toDataError(e);
    }
  }

  private async userNames(ids: ReadonlyArray<number>): Promise<Record<number, string>> {
    const wanted = ids.filter((id, i) => id > 0 && ids.indexOf(id) === i);
    const names: Record<number, string> = {};
    if (!wanted.length) return names;
    const [batched, execute] = this.sp.batched();
    const reads = wanted.map((id) =>
      batched.web.siteUsers
        .getById(id)
        .select('Id', 'Title')()
        .then(
          (u: { Id: number; Title: string }) => {
            names[u.Id] = u.Title;
          },
          // A user removed from the site keeps their id in history; the history shows "#id" for them.
          () => undefined
        )
    );
    try {
      await execute();
    } catch (e) {
      throw toDataError(e);
    }
    await Promise.all(reads);
    return names;
  }

  public async raise(input: IValidNewIssue, vendorKey?: string): Promise<number> {
    const values: WriteValues = {
      description: plainTextToHtml(input.description),
      system: input.systemId,
      area: ISSUE_AREA_LABELS[input.area].ja,
      priority: PRIORITY_LABELS[input.priority].ja,
      status: ISSUE_STATUS_LABELS.open.ja,
      owner: input.owner.id,
      dueDate: input.dueDate,
      policy: input.policy,
      vendorKey
    };
    return (await this.issues.add(values, input.title)).id;
  }

  public async propose(detail: IIssueDetail, proposal: IProposal): Promise<number> {
    const issue = detail.record.issue;
    const created = await this.proposals.add(proposalValues(proposal, governedValueText(issue, proposal.field)), `${issue.title}`);
    // People who may edit the issue raise the flag themselves; for the others the notifier does when it
    // secures the proposal (they have Read on the issue).
    if (detail.canEdit && detail.record.etag && !detail.record.pendingChange) {
      await this.issues.update(issue.id, detail.record.etag, { pendingChange: true });
    }
    return created.id;
  }

  public async decide(detail: IIssueDetail, decided: IIssue, proposalId: string): Promise<void> {
    const proposal = decided.proposals.filter((p) => p.id === proposalId)[0];
    if (!proposal || proposal.status === 'pending') throw new DataError({ kind: 'invalid', detail: `Proposal ${proposalId} has no decision` });
    const etag = detail.proposalEtags[proposalId] || '*';
    const pid = Number(proposalId);
    const newEtag = await this.proposals.update(pid, etag, {
      status: PROPOSAL_STATUS_LABELS[proposal.status].ja,
      decidedBy: proposal.decidedBy ? proposal.decidedBy.id : undefined,
      decidedAt: proposal.decidedAt,
      decisionComment: proposal.decisionComment
    });
    const stillPending = decided.proposals.some((p) => p.status === 'pending');
    const values: WriteValues = { pendingChange: stillPending };
    if (proposal.status === 'approved') {
      if (proposal.field === 'owner') values.owner = decided.owner.id;
      if (proposal.field === 'dueDate') values.dueDate = decided.dueDate;
      if (proposal.field === 'policy') values.policy = decided.policy || '';
    }
    try {
      await this.issues.update(decided.id, detail.record.etag || '*', values);
    } catch (e) {
      if (proposal.status === 'approved') {
        // The agreed value could not be written (changed meanwhile, or no right to): the decision is put back
        // to pending so the record never says "approved" for a value that is not in force.
        await this.proposals
          .update(pid, newEtag || '*', {
            status: PROPOSAL_STATUS_LABELS.pending.ja,
            decidedBy: null,
            decidedAt: null,
            decisionComment: null
          })
          .catch(() => undefined);
      }
      throw toDataError(e);
    }
  }

  public async report(detail: IIssueDetail, note: string | undefined, newStatus: IssueStatus | undefined, applied?: IIssue): Promise<void> {
    const issue = detail.record.issue;
    const now = this.clock().toISOString();
    if (applied) {
      const values: WriteValues = newStatus ? statusValues(applied) : {};
      if (note) values.progress = note;
      await this.issues.update(issue.id, detail.record.etag || '*', values);
    }
    const record: WriteValues = { issue: issue.id, note, applied: !!applied };
    if (newStatus) record.newStatus = ISSUE_STATUS_LABELS[newStatus].ja;
    if (applied) record.appliedAt = now;
    await this.updates.add(record, issue.title);
  }

  public async versions(id: number): Promise<IIssueVersion[]> {
    try {
      const raw = (await this.issues.spList.items.getById(id).versions()) as Record<string, unknown>[];
      return raw.map(readIssueVersion);
    } catch (e) {
      throw toDataError(e);
    }
  }

  public async history(id: number): Promise<IHistoryEntry[]> {
    const [detail, versions] = await Promise.all([this.get(id), this.versions(id)]);
    const ids: number[] = [];
    for (const v of versions) {
      if (v.editor && !v.editor.title) ids.push(v.editor.id);
      if (v.ownerId && !v.ownerName) ids.push(v.ownerId);
    }
    for (const p of detail.proposals) {
      if (p.field === 'owner') ids.push(p.proposedValue.id);
      if (p.decidedBy && !p.decidedBy.title) ids.push(p.decidedBy.id);
    }
    const names = await this.userNames(ids);
    const proposals = detail.proposals.map((p) =>
      p.field === 'owner' && !p.proposedValue.title ? ({ ...p, proposedValue: { ...p.proposedValue, title: names[p.proposedValue.id] || '' } } as IProposal) : p
    );
    return buildIssueHistory(versions, proposals, detail.updates, (uid) => names[uid]);
  }

  public async meetingDates(): Promise<string[]> {
    const items = await this.meetings.all({ keys: ['heldOn'], orderBy: [['heldOn', false]] });
    return items.map((m) => String(m.values.heldOn || '')).filter((d) => d !== '');
  }

  public async sinceMeeting(meetingDate: string, now: Date): Promise<{ records: IIssueRecord[]; rows: IMeetingRow[] }> {
    const start = jstInstant(meetingDate);
    const f = this.issues.filter;
    const [open, closed] = await Promise.all([
      this.issues.all({ keys: LIST_KEYS, filter: f.ne('status', ISSUE_STATUS_LABELS.closed.ja), orderBy: [['dueDate', true]], pageSize: WALK_PAGE }),
      this.issues.all({ keys: LIST_KEYS, filter: f.ge('closedAt', start), orderBy: [['closedAt', true]], pageSize: WALK_PAGE })
    ]);
    const items: ISchemaItem[] = open.concat(closed.filter((c) => !open.some((o) => o.id === c.id)));
    // Only items saved since the meeting can have changed; their versions are read in $batch requests.
    const touched = items.filter((i) => i.modified && new Date(i.modified).getTime() >= start.getTime() && !(i.created && new Date(i.created).getTime() >= start.getTime()));
    const versions: Record<number, IIssueVersion[]> = {};
    for (const group of chunks(touched, BATCH_SIZE)) {
      const [batched, execute] = this.sp.batched();
      const list = new SchemaListRepository(batched, this.webServerRelativeUrl, IssuesList).spList;
      const reads = group.map((item) =>
        list.items
          .getById(item.id)
          .versions()
          .then((raw: Record<string, unknown>[]) => {
            versions[item.id] = raw.map(readIssueVersion);
          })
      );
      try {
        await execute();
        await Promise.all(reads);
      } catch (e) {
        throw toDataError(e);
      }
    }
    const records = items.map((i) => toIssueRecord(i));
    const candidates: IIssueWithHistory[] = records.map((r) => ({ issue: r.issue, created: r.created, versions: versions[r.issue.id] || [] }));
    const rows = changesSinceMeeting(start, now, candidates);
    const ids = rows.map((r) => r.issue.id);
    const missing: number[] = [];
    for (const r of rows) {
      if (r.ownerAtMeeting && !r.ownerAtMeeting.title) missing.push(r.ownerAtMeeting.id);
    }
    const names = await this.userNames(missing);
    for (const r of rows) {
      if (r.ownerAtMeeting && !r.ownerAtMeeting.title) r.ownerAtMeeting.title = names[r.ownerAtMeeting.id];
    }
    return { records: records.filter((r) => ids.indexOf(r.issue.id) >= 0), rows };
  }

  public async resolveUsers(texts: ReadonlyArray<string>): Promise<Record<string, IUserRef | undefined>> {
    const result: Record<string, IUserRef | undefined> = {};
    let siteUsers: { Id: number; Title: string; Email: string; LoginName: string }[] | undefined;
    for (const text of texts) {
      if (text.indexOf('@') > 0 || text.indexOf('|') > 0) {
        try {
          const u = await this.sp.web.ensureUser(text);
          result[text] = { id: u.Id, title: u.Title, email: u.Email || undefined };
        } catch {
          result[text] = undefined;
        }
        continue;
      }
      if (!siteUsers) {
        try {
          siteUsers = await this.sp.web.siteUsers.select('Id', 'Title', 'Email', 'LoginName')();
        } catch (e) {
          throw toDataError(e);
        }
      }
      const wanted = text.replace(/[\s\u3000]+/g, '');
      const matches = (siteUsers || []).filter((u) => (u.Title || '').replace(/[\s\u3000]+/g, '') === wanted);
      // Two people with the same display name cannot be told apart: the row must name the e-mail address.
      result[text] = matches.length === 1 ? { id: matches[0].Id, title: matches[0].Title, email: matches[0].Email || undefined } : undefined;
    }
    return result;
  }

  public async systems(): Promise<ISystemOption[]> {
    const systems = new SchemaListRepository(this.sp, this.webServerRelativeUrl, SystemsList);
    const items = await systems.all({ keys: ['vendorKey'], filter: systems.filter.eq('active', true), orderBy: [['title', true]] });
    return items.map((i) => ({ id: i.id, title: i.title, vendorKey: typeof i.values.vendorKey === 'string' ? i.values.vendorKey : undefined }));
  }

  public async importIssues(issues: ReadonlyArray<IImportIssue>): Promise<IImportOutcome> {
    const created: number[] = [];
    let failure: DataError | undefined;
    const now = this.clock().toISOString();
    for (const group of chunks(issues, BATCH_SIZE)) {
      const [batched, execute] = this.sp.batched();
      const target = new SchemaListRepository(batched, this.webServerRelativeUrl, IssuesList);
      const adds = group.map((row) => {
        const values: WriteValues = {
          description: plainTextToHtml(row.description),
          system: row.systemId,
          area: ISSUE_AREA_LABELS[row.area].ja,
          priority: PRIORITY_LABELS[row.priority].ja,
          status: ISSUE_STATUS_LABELS[row.status].ja,
          owner: row.owner.id,
          dueDate: row.dueDate,
          policy: row.policy,
          progress: row.progress,
          vendorKey: row.vendorKey
        };
        if (row.status === 'resolved' || row.status === 'closed') values.resolvedAt = now;
        if (row.status === 'closed') values.closedAt = now;
        return target.add(values, row.title).then(
          (r) => {
            created.push(r.id);
          },
          (e: unknown) => {
            failure = failure || toDataError(e);
          }
        );
      });
      try {
        await execute();
        await Promise.all(adds);
      } catch (e) {
        // The $batch request itself failed (refused or throttled, so none of its parts ran): they never settle.
        failure = failure || toDataError(e);
      }
      if (failure) break;
    }
    if (!failure) return { created, leftBehind: [] };
    const leftBehind: number[] = [];
    for (const id of created) {
      await this.issues.remove(id, '*').catch(() => leftBehind.push(id));
    }
    return { created: [], failure, leftBehind };
  }
}

/** Today's date key in Asia/Tokyo (the register's notion of "today"). */
export function todayKey(now: Date): string {
  return jstDateKey(now);
}
