/**
 * Writes the demo data (./data.ts) into a provisioned opsdesk site through the real data layer
 * (SchemaListRepository over PnPjs), each item as the person who would have written it, so authors, editors
 * and the sandbox's permission checks are real: a department user files inquiries, the ICT center assigns
 * them, the vendor answers.
 */
import type { SPFI } from '@pnp/sp';
import { SchemaListRepository } from '../../src/data/SchemaListRepository';
import { ServiceCatalogRepository } from '../../src/data/catalog';
import { KnowledgeRepository } from '../../src/data/knowledge';
import { WriteValues } from '../../src/data/fieldValues';
import { addBusinessMinutes, jstDateKey, OFFICE_HOURS_CALENDAR } from '../../src/domain/time';
import {
  DOCUMENT_STATUS_LABELS, DOCUMENT_TYPE_LABELS, GOVERNED_FIELD_LABELS, INQUIRY_CATEGORY_LABELS, INQUIRY_STATUS_LABELS, ISSUE_AREA_LABELS,
  ISSUE_STATUS_LABELS, KNOWLEDGE_STATUS_LABELS, PRIORITY_LABELS, PROPOSAL_STATUS_LABELS, PROVIDER_KIND_LABELS, SERVICE_LIFECYCLE_LABELS,
  SYSTEM_AREA_LABELS,
} from '../../src/domain/vocabulary';
import {
  CalendarsList, DocumentsList, FaqList, IListDef, InquiriesList, IssuesList, MeetingsList, ProposalsList, RoutingRulesList, ServicesList, SystemsList,
} from '../../src/schema';
import { findDirectoryUser, loginNameOf } from '../../sandbox/src';
import { DOCUMENTS, FAQ, INQUIRIES, ISSUES, SERVICES, SYSTEMS } from './data';

export const SITE_SERVER_RELATIVE_URL = '/sites/opsdesk';

export interface ISeedOptions {
  /** a PnPjs client signed in as the given directory user (key of the sandbox DIRECTORY) */
  spAs(userKey: string): SPFI;
  now?: Date;
  log?: (line: string) => void;
}

export interface ISeedResult {
  counts: Record<string, number>;
  /** ids of the seeded inquiries, by title */
  inquiryIds: Record<string, number>;
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;

function repo(sp: SPFI, list: IListDef): SchemaListRepository {
  return new SchemaListRepository(sp, SITE_SERVER_RELATIVE_URL, list);
}

function dateKeyIn(now: Date, days: number): string {
  return jstDateKey(new Date(now.getTime() + days * DAY));
}

export async function seedDemoData(options: ISeedOptions): Promise<ISeedResult> {
  const now = options.now ?? new Date();
  const log = options.log ?? ((): void => undefined);
  const counts: Record<string, number> = {};
  const count = (k: string): void => { counts[k] = (counts[k] ?? 0) + 1; };

  // Site user ids for people fields (ensureUser, as a site owner would when picking a person).
  const admin = options.spAs('admin');
  const userIds: Record<string, number> = {};
  for (const key of ['ict', 'ict2', 'staffA', 'staffB', 'vendorA', 'vendorA2', 'vendorB', 'csp']) {
    const user = findDirectoryUser(key);
    if (!user) throw new Error(`seed: unknown directory user ${key}`);
    const ensured = await admin.web.ensureUser(loginNameOf(user));
    userIds[key] = ensured.Id;
  }
  const uid = (key: string): number => {
    const id = userIds[key];
    if (id === undefined) throw new Error(`seed: no site user for ${key}`);
    return id;
  };

  const ict = options.spAs('ict');

  // Business calendar the services refer to.
  await repo(ict, CalendarsList).add({ calendarId: OFFICE_HOURS_CALENDAR.id, definition: JSON.stringify(OFFICE_HOURS_CALENDAR) }, OFFICE_HOURS_CALENDAR.name.ja);
  count('calendars');

  // Systems (ICT center keeps the register).
  const systemIds: Record<string, number> = {};
  for (const s of SYSTEMS) {
    const { id } = await repo(ict, SystemsList).add({
      code: s.code, owningDepartment: s.owningDepartment, vendorKey: s.vendorKey, operator: s.operator, area: SYSTEM_AREA_LABELS[s.area].ja, active: true,
    }, s.title);
    systemIds[s.code] = id;
    count('systems');
  }
  log(`seed: ${SYSTEMS.length} business systems`);

  // Routing: each system's inquiries go to its ASP vendor's first contact.
  let order = 10;
  for (const s of SYSTEMS) {
    const assignee = s.vendorKey === 'midori-systems' ? 'vendorA' : 'vendorB';
    await repo(ict, RoutingRulesList).add({ order, system: systemIds[s.code], vendorKey: s.vendorKey, assignee: uid(assignee), active: true }, `${s.title} → ${s.vendorKey}`);
    order += 10;
    count('routingRules');
  }

  // Services (the ICT center designs the catalog).
  const serviceIds: Record<string, number> = {};
  for (const s of SERVICES) {
    const values: WriteValues = {
      code: s.code, category: s.category, summary: s.summary, system: s.system ? systemIds[s.system] : undefined,
      providerKind: PROVIDER_KIND_LABELS[s.providerKind].ja, providerName: s.providerName, vendorKey: s.vendorKey, owner: uid(s.owner),
      audience: s.audience, requestFlow: s.requestFlow, calendarId: OFFICE_HOURS_CALENDAR.id, firstResponseTarget: s.firstResponseMinutes,
      resolutionTarget: s.resolutionMinutes, lifecycle: SERVICE_LIFECYCLE_LABELS[s.lifecycle].ja,
      effectiveDate: s.lifecycle === 'planned' ? dateKeyIn(now, 120) : dateKeyIn(now, -400),
      retirementDate: s.lifecycle === 'retiring' ? dateKeyIn(now, 90) : undefined,
    };
    const { id } = await repo(ict, ServicesList).add(values, s.title);
    // the catalog has content approval: readers see a service once the ICT center approves it
    if (s.lifecycle !== 'planned') await new ServiceCatalogRepository(ict, SITE_SERVER_RELATIVE_URL).approve(id);
    serviceIds[s.code] = id;
    count('services');
  }
  log(`seed: ${SERVICES.length} services`);

  // FAQ: written by whoever knows the answer; the ICT center owns publication.
  for (const f of FAQ) {
    const author = f.author.startsWith('vendor') || f.author === 'ict' ? f.author : 'ict';
    const { id } = await repo(options.spAs(author), FaqList).add({
      answer: f.answer, category: f.category, tags: f.tags, system: f.system ? systemIds[f.system] : undefined,
      status: KNOWLEDGE_STATUS_LABELS[f.status].ja, owner: uid(f.owner), lastReviewed: dateKeyIn(now, -30), reviewCycleDays: 180,
      nextReview: dateKeyIn(now, 150), vendorKey: f.vendorKey,
    }, f.title);
    // content approval: the ICT center approves what is published; drafts stay pending, invisible to readers
    if (f.status === 'published') await new KnowledgeRepository(ict, SITE_SERVER_RELATIVE_URL, 'faq', html => html).approve(id);
    count('faq');
  }
  log(`seed: ${FAQ.length} FAQ entries`);

  // Documents: a file in the library, then its register fields.
  for (const d of DOCUMENTS) {
    try {
      const sp = options.spAs(d.owner);
      const folder = sp.web.getFolderByServerRelativePath(`${SITE_SERVER_RELATIVE_URL}/${DocumentsList.url}`);
      const content = `${d.title}\n文書番号: ${d.number}\n\n（opsdesk デモデータ）\n`;
      const added = await folder.files.addUsingPath(d.fileName, content, { Overwrite: true });
      const item = await sp.web.getFileByServerRelativePath(added.ServerRelativeUrl).getItem<{ Id: number }>('Id');
      await repo(sp, DocumentsList).update(item.Id, '*', {
        number: d.number, docType: DOCUMENT_TYPE_LABELS[d.docType].ja, system: d.system ? systemIds[d.system] : undefined, owner: uid(d.owner),
        status: DOCUMENT_STATUS_LABELS[d.status].ja, nextReview: d.nextReviewInDays !== undefined ? dateKeyIn(now, d.nextReviewInDays) : undefined,
        updatePending: !!d.updatePending, requiredBy: d.updatePending ? 'INC-3' : undefined, vendorKey: d.vendorKey, restricted: !!d.restricted,
      }, d.title);
      count('documents');
    } catch (e) {
      log(`seed: document ${d.number} skipped (${(e as Error).message})`);
    }
  }
  log(`seed: ${counts.documents ?? 0} documents`);

  // Issues, with their owners; one pending due-date proposal by the owner.
  for (const i of ISSUES) {
    const { id } = await repo(options.spAs(i.author), IssuesList).add({
      description: i.description, system: i.system ? systemIds[i.system] : undefined, area: ISSUE_AREA_LABELS[i.area].ja,
      priority: PRIORITY_LABELS[i.priority].ja, status: ISSUE_STATUS_LABELS.open.ja, owner: uid(i.owner), dueDate: dateKeyIn(now, i.dueInDays),
      policy: i.policy, vendorKey: i.vendorKey, pendingChange: false,
    }, i.title);
    count('issues');
    if (i.status !== 'open' || i.progress) {
      // the ICT center moves it on (it holds edit on every issue)
      await repo(ict, IssuesList).update(id, '*', {
        status: ISSUE_STATUS_LABELS[i.status].ja, progress: i.progress,
        resolvedAt: i.status === 'resolved' || i.status === 'closed' ? new Date(now.getTime() - 2 * DAY).toISOString() : undefined,
        closedAt: i.status === 'closed' ? new Date(now.getTime() - DAY).toISOString() : undefined,
      });
    }
    if (i.proposal) {
      await repo(options.spAs(i.owner), ProposalsList).add({
        issue: id, field: GOVERNED_FIELD_LABELS[i.proposal.field].ja, proposedDueDate: dateKeyIn(now, i.proposal.dueInDays),
        previousValue: dateKeyIn(now, i.dueInDays), reason: i.proposal.reason, status: PROPOSAL_STATUS_LABELS.pending.ja,
      }, `期限の変更: ${i.title}`);
      await repo(ict, IssuesList).update(id, '*', { pendingChange: true });
      count('proposals');
    }
  }
  log(`seed: ${ISSUES.length} issues`);

  // 定例会: the last periodic meeting was a week ago, so 「前回の定例会以降」 has a meeting to compare with.
  await repo(ict, MeetingsList).add({ heldOn: dateKeyIn(now, -7) }, '定例会（運用定例）');
  count('meetings');

  // Inquiries: filed by department staff; assigned by the ICT center; answered by the vendor.
  const inquiryIds: Record<string, number> = {};
  for (const q of INQUIRIES) {
    const receivedAt = new Date(now.getTime() - q.receivedHoursAgo * HOUR);
    const due = addBusinessMinutes(OFFICE_HOURS_CALENDAR, receivedAt, q.firstResponseMinutes);
    const { id } = await repo(options.spAs(q.requester), InquiriesList).add({
      body: q.body, system: systemIds[q.system], service: q.service ? serviceIds[q.service] : undefined, category: INQUIRY_CATEGORY_LABELS[q.category].ja,
      status: INQUIRY_STATUS_LABELS.received.ja, requester: uid(q.requester), receivedAt: receivedAt.toISOString(), firstResponseDue: due.toISOString(),
    }, q.title);
    inquiryIds[q.title] = id;
    count('inquiries');
    if (q.status === 'received' || !q.assignee) continue;
    await repo(ict, InquiriesList).update(id, '*', { status: INQUIRY_STATUS_LABELS.assigned.ja, assignee: uid(q.assignee), vendorKey: q.vendorKey });
    if (q.status === 'assigned') continue;
    const respondedAt = new Date(Math.min(now.getTime(), receivedAt.getTime() + 2 * HOUR));
    const later: WriteValues = {
      status: INQUIRY_STATUS_LABELS[q.status].ja, firstResponse: q.firstResponse, firstRespondedAt: respondedAt.toISOString(), resolution: q.resolution,
      resolvedAt: q.status === 'resolved' || q.status === 'closed' ? new Date(receivedAt.getTime() + DAY).toISOString() : undefined,
    };
    if (q.status === 'waiting') later.pauses = JSON.stringify([{ from: respondedAt.toISOString() }]);
    if (q.status === 'closed') later.closedAt = new Date(receivedAt.getTime() + 2 * DAY).toISOString();
    // the ICT center records it on the vendor's behalf if the vendor cannot edit the item (yet)
    try {
      await repo(options.spAs(q.assignee), InquiriesList).update(id, '*', later);
    } catch {
      await repo(ict, InquiriesList).update(id, '*', later);
    }
  }
  log(`seed: ${INQUIRIES.length} inquiries`);
  return { counts, inquiryIds };
}
