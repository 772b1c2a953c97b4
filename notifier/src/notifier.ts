import type { Client } from '@microsoft/microsoft-graph-client';
import type { SPFI } from '@pnp/sp';
import type { ISchemaItem, WriteValues } from '../../src/data/fieldValues';
import type { IInquiry } from '../../src/domain/entities';
import type { IRoutingRule } from '../../src/domain/routing';
import { DEFAULT_REMINDER_LEAD_MINUTES } from '../../src/domain/sla';
import type { ISlaTarget } from '../../src/domain/sla';
import { CALENDAR_PRESETS, findCalendar, isBusinessTime, OFFICE_HOURS_CALENDAR, parseInstant } from '../../src/domain/time';
import type { IBusinessCalendar } from '../../src/domain/time';
import { codeFromLabel, INQUIRY_STATUS_LABELS, ISSUE_AREA_LABELS, ISSUE_STATUS_LABELS } from '../../src/domain/vocabulary';
import { ALL_LISTS, IssueUpdatesList, listByKey } from '../../src/schema';
import type { ISiteConfig } from '../../src/schema';
import { DeliveryLog } from './adapters/DeliveryLog';
import { lookupId, toCalendar, toInquiry, toIssueFacts, toRoutingRule, userRef } from './adapters/entities';
import { GraphMailer } from './adapters/GraphMailer';
import type { IMailer } from './adapters/GraphMailer';
import { SharePointSite } from './adapters/SharePointSite';
import { changeNumber, StateStore } from './adapters/StateStore';
import { decideInquiry } from './core/inquiry';
import type { IInquirySla, Recipient } from './core/inquiry';
import {
  ownerReminderMail,
  inquiryAssignedMail,
  inquiryEscalationMail,
  inquiryReminderMail,
  issueDueSoonMail,
  issueOverdueMail,
  itemLink
} from './core/mails';
import type { IInquiryMailFacts, IMailContent } from './core/mails';
import { decideInquiryReminder, decideIssueReminder } from './core/reminders';
import type { IIssueDueFacts, IReminderRule, ReminderAction } from './core/reminders';
import { documentReminders } from '../../src/data/documents/documentMaintenance';
import { applyIssueUpdates } from '../../src/data/issues/applyIssueUpdates';
import { runKnowledgeMaintenance } from '../../src/data/knowledge/knowledgeMaintenance';
import { DEFAULT_KNOWLEDGE_REVIEW_POLICY } from '../../src/domain/knowledge';
import type { IOwnerReminder } from '../../src/domain/knowledge';
import { desiredSecurity } from './core/security';
import type { IIssueFacts, SecurityFacts } from './core/security';
import { handleWebhook } from './webhook';
import type { IWebhookNotification, IWebhookRequest, IWebhookResponse } from './webhook';

export interface INotifierOptions {
  /** SharePoint with the service's identity (app-only): it must be able to manage item permissions. */
  sp: SPFI;
  /** Microsoft Graph client (`Client.initWithMiddleware`); used for `/users/{sender}/sendMail`. */
  graph?: Client;
  /** Replaces the Graph mailer (tests, other transports). One of graph/mailer is required. */
  mailer?: IMailer;
  siteUrl: string;
  /** Group prefix and vendors: the same configuration provisioning used. */
  site: ISiteConfig;
  /** Mailbox the mails are sent from (a shared/no-reply mailbox). */
  senderUpn?: string;
  /** Secret shared with SharePoint in the webhook subscription; notifications without it are ignored. */
  clientState: string;
  now?: () => Date;
  /** Lists to watch; default: every list whose items need their own permissions. */
  watchedLists?: ReadonlyArray<string>;
  /** SLA defaults when an inquiry names no service (or the service no target). */
  defaultCalendarId?: string;
  defaultFirstResponseMinutes?: number;
  /** Hours of the ICT center (escalations go only inside them). */
  ictCalendarId?: string;
  /** Hours of issue owners (issue reminders go only inside them). */
  ownerCalendarId?: string;
  claimTimeoutMs?: number;
  retryAfterMs?: number;
  maxAttempts?: number;
  /** Calendar days after a missed FAQ/knowledge review before the entry is unpublished (default: the register's 30). */
  reviewGraceDays?: number;
  /**
   * Where a list without a stored change token starts: `all` (default) replays the change log SharePoint still
   * holds, so nothing created before the first start is missed (decisions are idempotent, notices keyed);
   * `now` starts from the list's current token, for a first start on a site with a long history.
   */
  initialSync?: 'all' | 'now';
  /** Extra reminder rules of other registers (see `addReminderRule`). */
  reminderRules?: ReadonlyArray<IReminderRule<unknown>>;
  log?: (message: string) => void;
}

/**
 * What became of one notice: sent now; sent before (by anyone); claimed by another run that has not finished
 * (the sweep takes it over once the claim is stale); nobody to send to; or the send failed (retried later).
 */
export type NotifyResult = 'sent' | 'alreadySent' | 'inFlight' | 'noRecipients' | 'failed';

export interface IProcessReport {
  items: number;
  mails: number;
  errors: string[];
}

export interface ISweepReport {
  mails: number;
  deferred: number;
  updates: number;
  errors: string[];
}

/** What the notifier offers to the runner, the Functions host and the other registers' tests. */
export interface INotifier {
  /** Reads the change log of the watched lists (or the given ones) from the stored tokens and acts on it. */
  processChanges(listKeys?: ReadonlyArray<string>): Promise<IProcessReport>;
  /** Reminders, escalations and recovery of unfinished deliveries at `now`; also a GetChanges safety net. */
  sweep(): Promise<ISweepReport>;
  /** Sets one item's permissions from its list's itemSecurity mode; true when something changed. */
  applyItemSecurity(listKey: string, itemId: number): Promise<boolean>;
  /** The webhook endpoint (handshake, clientState check, queue, immediate answer). */
  handleWebhook(req: IWebhookRequest): Promise<IWebhookResponse>;
  /** Processes the lists named by webhook notifications (list GUIDs in `resource`) now, e.g. from a queue. */
  processNotifications(notifications: ReadonlyArray<Pick<IWebhookNotification, 'resource'>>): Promise<IProcessReport>;
  /** Creates or renews the webhook subscriptions of the watched lists. */
  ensureSubscriptions(notificationUrl: string): Promise<void>;
  /** Sends one mail exactly once per delivery key (other registers' notices go through here). */
  notify(deliveryKey: string, kind: string, to: Recipient, itemRef: string, mail: IMailContent): Promise<NotifyResult>;
  addReminderRule<T>(rule: IReminderRule<T>): void;
  /** Resolves when the work queued by webhooks so far is done. */
  idle(): Promise<void>;
  readonly site: SharePointSite;
}

interface IRunContext {
  calendars?: IBusinessCalendar[];
  rules?: IRoutingRule[];
  systems: Map<number, ISchemaItem | undefined>;
  services: Map<number, ISchemaItem | undefined>;
}

const SECURED_DEFAULT = ALL_LISTS.filter((l) => l.itemSecurity !== 'inherit').map((l) => l.key);
const MAX_CONFLICT_RETRIES = 3;

/**
 * Builds the notifier: plain async functions over injected clients (no module-level state), used by the local
 * runner, the Azure Functions adapter and tests alike.
 */
export function createNotifier(options: INotifierOptions): INotifier {
  const now = options.now || ((): Date => new Date());
  const log = options.log || ((): void => undefined);
  const site = new SharePointSite(options.sp, options.siteUrl, options.site);
  const mailer: IMailer = options.mailer || (options.graph && options.senderUpn ? new GraphMailer(options.graph, options.senderUpn) : missingMailer());
  const deliveries = new DeliveryLog(site.repo('notificationLog'), now, {
    wasSent: mailer.wasSent ? (key: string, since: Date) => mailer.wasSent!(key, since) : undefined,
    claimTimeoutMs: options.claimTimeoutMs ?? 10 * 60 * 1000,
    retryAfterMs: options.retryAfterMs ?? 5 * 60 * 1000,
    maxAttempts: options.maxAttempts ?? 5
  });
  const state = new StateStore(site.repo('notifierState'));
  const watched = (options.watchedLists || SECURED_DEFAULT).filter((k) => ALL_LISTS.some((l) => l.key === k));
  const vendorKeys = options.site.vendors.map((v) => v.key);
  const extraRules: IReminderRule<unknown>[] = [...(options.reminderRules || [])];
  // Item versions this process has fully handled; the change our own write causes is then skipped after one read.
  const handled = new Map<string, string>();
  const remember = (listKey: string, id: number, etag: string | undefined): void => {
    if (!etag) return;
    if (handled.size > 10_000) handled.delete(handled.keys().next().value as string);
    handled.set(`${listKey}:${id}`, etag);
  };
  const alreadyHandled = (listKey: string, item: ISchemaItem): boolean => !!item.etag && handled.get(`${listKey}:${item.id}`) === item.etag;
  let chain: Promise<unknown> = Promise.resolve();
  const pending = new Set<string>();
  let drain: Promise<void> | undefined;

  /** One change run at a time per process; other processes are kept apart by the delivery log. */
  function serialized<T>(work: () => Promise<T>): Promise<T> {
    const run = chain.then(work, work);
    chain = run.catch(() => undefined);
    return run;
  }

  function newContext(): IRunContext {
    return { systems: new Map(), services: new Map() };
  }

  async function calendars(ctx: IRunContext): Promise<IBusinessCalendar[]> {
    if (!ctx.calendars) {
      const stored = (await site.repo('calendars').all({ keys: ['calendarId', 'definition'] })).map(toCalendar).filter((c): c is IBusinessCalendar => !!c);
      ctx.calendars = [...stored, ...CALENDAR_PRESETS.filter((p) => !stored.some((s) => s.id === p.id))];
    }
    return ctx.calendars;
  }

  async function calendar(ctx: IRunContext, id: string | undefined, fallbackId?: string): Promise<IBusinessCalendar> {
    const all = await calendars(ctx);
    const found = (id && findCalendar(id, all)) || (fallbackId && findCalendar(fallbackId, all));
    if (!found && id) log(`calendar '${id}' is not defined; using ${OFFICE_HOURS_CALENDAR.id}`);
    return found || OFFICE_HOURS_CALENDAR;
  }

  async function cached(map: Map<number, ISchemaItem | undefined>, listKey: string, id: number | undefined, keys: string[]): Promise<ISchemaItem | undefined> {
    if (id === undefined) return undefined;
    if (!map.has(id)) {
      try {
        map.set(id, await site.repo(listKey).get(id, keys));
      } catch (e) {
        if ((e as { kind?: string }).kind !== 'notFound') throw e;
        map.set(id, undefined);
      }
    }
    return map.get(id);
  }

  const system = (ctx: IRunContext, id: number | undefined): Promise<ISchemaItem | undefined> =>
    cached(ctx.systems, 'systems', id, ['vendorKey', 'area']);
  const service = (ctx: IRunContext, id: number | undefined): Promise<ISchemaItem | undefined> =>
    cached(ctx.services, 'services', id, ['calendarId', 'firstResponseTarget', 'resolutionTarget', 'vendorKey']);

  async function routingRules(ctx: IRunContext): Promise<IRoutingRule[]> {
    if (!ctx.rules) {
      const repo = site.repo('routingRules');
      const items = await repo.all({ filter: repo.filter.eq('active', true), orderBy: [['order', true]] });
      ctx.rules = items.map(toRoutingRule);
    }
    return ctx.rules;
  }

  async function inquirySla(ctx: IRunContext, inquiry: IInquiry): Promise<IInquirySla> {
    const svc = await service(ctx, inquiry.serviceId);
    const minutes = svc && typeof svc.values.firstResponseTarget === 'number' ? (svc.values.firstResponseTarget as number) : options.defaultFirstResponseMinutes ?? 240;
    const target: ISlaTarget = { firstResponseMinutes: minutes, reminderLeadMinutes: DEFAULT_REMINDER_LEAD_MINUTES };
    if (svc && typeof svc.values.resolutionTarget === 'number') target.resolutionMinutes = svc.values.resolutionTarget as number;
    const cal = await calendar(ctx, svc ? (svc.values.calendarId as string | undefined) : undefined, options.defaultCalendarId);
    return { target, calendar: cal };
  }

  // ---------------------------------------------------------------------------------------- delivery

  async function addressesOf(to: Recipient): Promise<{ address: string; name?: string }[]> {
    if ('user' in to) {
      const email = to.user.email || (await site.siteUser(to.user.id)).email;
      return email ? [{ address: email, name: to.user.title || undefined }] : [];
    }
    return (await site.groupMembers(to.group)).filter((m) => !!m.email).map((m) => ({ address: m.email as string, name: m.title }));
  }

  async function notify(deliveryKey: string, kind: string, to: Recipient, itemRef: string, mail: IMailContent): Promise<NotifyResult> {
    const addresses = await addressesOf(to);
    if (addresses.length === 0) {
      log(`${deliveryKey}: nobody to send to`);
      return 'noRecipients';
    }
    const claim = await deliveries.claim({ deliveryKey, kind, recipient: addresses.map((a) => a.address).join(';'), itemRef });
    if (!claim.mine) return claim.why === 'sent' ? 'alreadySent' : claim.why === 'inFlight' ? 'inFlight' : 'failed';
    try {
      await mailer.send(addresses, mail, deliveryKey);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      log(`${deliveryKey}: send failed: ${message}`);
      await deliveries.markFailed(claim.id, message);
      return 'failed';
    }
    await deliveries.markSent(claim.id);
    return 'sent';
  }

  // ---------------------------------------------------------------------------------------- item handlers

  async function issueFacts(ctx: IRunContext, issueId: number | undefined): Promise<IIssueFacts | undefined> {
    if (issueId === undefined) return undefined;
    let item: ISchemaItem;
    try {
      item = await site.repo('issues').get(issueId, ['area', 'vendorKey', 'system']);
    } catch (e) {
      if ((e as { kind?: string }).kind === 'notFound') return undefined;
      throw e;
    }
    return issueFactsOf(ctx, item);
  }

  async function issueFactsOf(ctx: IRunContext, item: ISchemaItem): Promise<IIssueFacts | undefined> {
    const area = codeFromLabel(ISSUE_AREA_LABELS, String(item.values.area || ''));
    if (!area) return undefined;
    let vendorKey = (item.values.vendorKey as string | undefined) || undefined;
    if (!vendorKey) {
      const sys = await system(ctx, lookupId(item.values.system));
      vendorKey = (sys?.values.vendorKey as string | undefined) || undefined;
    }
    return vendorKey ? { area, vendorKey } : { area };
  }

  async function securityFacts(ctx: IRunContext, listKey: string, item: ISchemaItem): Promise<SecurityFacts> {
    const mode = listByKey(listKey).itemSecurity as string;
    const v = item.values;
    switch (mode) {
      case 'requesterVendorIct':
        return { mode, requesterId: userRef(v.requester)?.id, assigneeId: userRef(v.assignee)?.id, vendorKey: (v.vendorKey as string) || undefined };
      case 'roleMatrix': {
        const issue = await issueFactsOf(ctx, item);
        return issue ? { mode, issue } : { mode: 'parentIssue' };
      }
      case 'parentIssue':
      case 'issueRecord':
        return { mode, issue: await issueFacts(ctx, lookupId(v.issue)) };
      case 'vendorScoped':
        return { mode, vendorKey: (v.vendorKey as string) || undefined, sharedWithAll: v.sharedWithAll === true, restricted: v.restricted === true, library: listByKey(listKey).template === 101 };
      case 'ownVendorEdits':
        return { mode, vendorKey: (v.vendorKey as string) || (await authorVendor(item)) };
      default:
        return { mode: 'inherit' };
    }
  }

  /**
   * An entry a vendor wrote in SharePoint's own form, leaving the vendor column empty, stays that vendor's to keep
   * up: its author's vendor group decides. Entries by anyone else (the ICT center, the app) stay the ICT center's.
   */
  async function authorVendor(item: ISchemaItem): Promise<string | undefined> {
    if (item.authorId === undefined) return undefined;
    try {
      return (await site.actor(item.authorId)).vendorKey;
    } catch (e) {
      if ((e as { status?: number }).status === 404 || (e as { status?: number }).status === 500) return undefined; // the app principal, or a user since removed
      throw e;
    }
  }

  async function secure(ctx: IRunContext, listKey: string, item: ISchemaItem): Promise<boolean> {
    const facts = await securityFacts(ctx, listKey, item);
    return site.reconcileItemSecurity(listKey, item.id, desiredSecurity(listKey, facts, vendorKeys));
  }

  async function readItem(listKey: string, id: number): Promise<ISchemaItem | undefined> {
    try {
      return await site.repo(listKey).get(id);
    } catch (e) {
      if ((e as { kind?: string }).kind === 'notFound') return undefined;
      throw e;
    }
  }

  async function inquiryMailFacts(ctx: IRunContext, inquiry: IInquiry, item: ISchemaItem, due?: Date): Promise<IInquiryMailFacts> {
    const systemTitle = (item.values.system as { title?: string } | undefined)?.title;
    void ctx;
    return {
      id: inquiry.id,
      subject: inquiry.subject,
      category: inquiry.category,
      systemName: systemTitle || undefined,
      requesterName: inquiry.requester.title || undefined,
      receivedAt: parseInstant(inquiry.receivedAt),
      firstResponseDue: due || (inquiry.firstResponseDue ? parseInstant(inquiry.firstResponseDue) : undefined),
      link: itemLink(options.siteUrl, listByKey('inquiries').url, inquiry.id)
    };
  }

  async function handleInquiry(ctx: IRunContext, id: number, force = false): Promise<number> {
    for (let attempt = 0; ; attempt++) {
      const item = await readItem('inquiries', id);
      if (!item || (!force && alreadyHandled('inquiries', item))) return 0;
      const inquiry = toInquiry(item);
      const sys = await system(ctx, inquiry.systemId);
      const decision = decideInquiry(inquiry, {
        rules: await routingRules(ctx),
        systemVendorKey: (sys?.values.vendorKey as string | undefined) || undefined,
        sla: await inquirySla(ctx, inquiry)
      });
      const p = decision.patch;
      const values: WriteValues = {};
      if (p.vendorKey !== undefined) values.vendorKey = p.vendorKey;
      if (p.assignee !== undefined) values.assignee = p.assignee.id;
      if (p.status !== undefined) values.status = INQUIRY_STATUS_LABELS[p.status].ja;
      if (p.firstResponseDue !== undefined) values.firstResponseDue = p.firstResponseDue.toISOString();
      let etag = item.etag;
      if (Object.keys(values).length > 0) {
        try {
          etag = await site.repo('inquiries').update(id, item.etag || '*', values);
        } catch (e) {
          // Someone edited the inquiry meanwhile: decide again on what they wrote.
          if ((e as { kind?: string }).kind === 'conflict' && attempt < MAX_CONFLICT_RETRIES) continue;
          throw e;
        }
      }
      const current: IInquiry = { ...inquiry };
      if (p.vendorKey !== undefined) current.vendorKey = p.vendorKey;
      if (p.assignee !== undefined) current.assignee = p.assignee;
      if (p.firstResponseDue !== undefined) current.firstResponseDue = p.firstResponseDue.toISOString();
      // Permissions before the mail: the link in the mail must open for its receiver.
      const securedItem: ISchemaItem = { ...item, values: { ...item.values, vendorKey: current.vendorKey, assignee: current.assignee } };
      await secure(ctx, 'inquiries', securedItem);
      let result: string = 'none';
      if (decision.notice) {
        result = await notify(
          decision.notice.deliveryKey,
          'inquiryAssigned',
          decision.notice.to,
          `inquiries:${id}`,
          inquiryAssignedMail(await inquiryMailFacts(ctx, current, item))
        );
      }
      // A failed or unfinished send is not "handled": the next change or the sweep must try again.
      if (result !== 'failed' && result !== 'inFlight') remember('inquiries', id, etag);
      return result === 'sent' ? 1 : 0;
    }
  }

  /** An issue's own permissions, then its proposals' and records', which follow the issue's area and vendor. */
  async function handleIssue(ctx: IRunContext, id: number): Promise<void> {
    const item = await readItem('issues', id);
    if (!item || alreadyHandled('issues', item)) return;
    await secure(ctx, 'issues', item);
    for (const child of ALL_LISTS.filter((l) => (l.itemSecurity as string) === 'parentIssue' || (l.itemSecurity as string) === 'issueRecord')) {
      const repo = site.repo(child.key);
      if (!repo.list.fields.issue) continue;
      for (const c of await repo.all({ filter: repo.filter.eq('issue', id), keys: ['issue'] })) await secure(ctx, child.key, c);
    }
    remember('issues', id, item.etag);
  }

  async function handleItem(ctx: IRunContext, listKey: string, id: number): Promise<number> {
    if (listKey === 'inquiries') return handleInquiry(ctx, id);
    if (listKey === 'issues') {
      await handleIssue(ctx, id);
      return 0;
    }
    const item = await readItem(listKey, id);
    if (item && !alreadyHandled(listKey, item)) {
      await secure(ctx, listKey, item);
      remember(listKey, id, item.etag);
    }
    // Those who may only read an issue report progress and status as records; the service applies them to the
    // issue under the domain's transition rules (a refusal is written back on the record with its reason).
    if (listKey === IssueUpdatesList.key) {
      await applyIssueUpdates(options.sp, site.webServerRelativeUrl, (userId) => site.actor(userId), now());
    }
    return 0;
  }

  // ---------------------------------------------------------------------------------------- change runs

  async function processList(ctx: IRunContext, listKey: string, report: IProcessReport): Promise<void> {
    const tokenKey = `changeToken:${listKey}`;
    let start = await state.get(tokenKey);
    if (!start && options.initialSync === 'now') {
      start = await site.currentChangeToken(listKey);
      await state.set(tokenKey, start);
    }
    let safe = start;
    const done = new Set<number>();
    for (;;) {
      const changes = await site.changesSince(listKey, safe);
      if (changes.length === 0) break;
      for (const change of changes) {
        if (!done.has(change.itemId)) {
          done.add(change.itemId);
          try {
            report.mails += await handleItem(ctx, listKey, change.itemId);
            report.items++;
          } catch (e) {
            // Stop at the first failure and keep the token before it: the next run (webhook retry, sweep) resumes here.
            report.errors.push(`${listKey}#${change.itemId}: ${e instanceof Error ? e.message : String(e)}`);
            if (safe !== start && safe) await saveToken(tokenKey, safe);
            return;
          }
        }
        safe = change.token;
      }
      if (changes.length < 1000) break;
    }
    if (safe && safe !== start) await saveToken(tokenKey, safe);
  }

  async function saveToken(key: string, token: string): Promise<void> {
    const stored = await state.get(key);
    if (changeNumber(stored) < changeNumber(token)) await state.set(key, token);
  }

  function processChanges(listKeys?: ReadonlyArray<string>): Promise<IProcessReport> {
    return serialized(async () => {
      const report: IProcessReport = { items: 0, mails: 0, errors: [] };
      const ctx = newContext();
      for (const key of listKeys || watched) {
        try {
          await processList(ctx, key, report);
        } catch (e) {
          report.errors.push(`${key}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      for (const e of report.errors) log(`processChanges: ${e}`);
      return report;
    });
  }

  // ---------------------------------------------------------------------------------------- reminders

  function inquiryRule(ctx: IRunContext): IReminderRule<ISchemaItem> {
    return {
      key: 'inquiryFirstResponse',
      async load(at: Date): Promise<ISchemaItem[]> {
        const repo = site.repo('inquiries');
        const f = repo.filter;
        const horizon = new Date(at.getTime() + 14 * 24 * 3600 * 1000);
        return repo.all({
          filter: `(${f.anyOf('status', [INQUIRY_STATUS_LABELS.received.ja, INQUIRY_STATUS_LABELS.assigned.ja])}) and ${f.le('firstResponseDue', horizon)}`
        });
      },
      async decide(item: ISchemaItem, at: Date): Promise<ReminderAction[]> {
        const inquiry = toInquiry(item);
        const sla = await inquirySla(ctx, inquiry);
        const marks = {
          remindedAt: item.values.remindedAt ? new Date(String(item.values.remindedAt)) : undefined,
          escalatedAt: item.values.escalatedAt ? new Date(String(item.values.escalatedAt)) : undefined
        };
        const ict = await calendar(ctx, options.ictCalendarId, OFFICE_HOURS_CALENDAR.id);
        const facts = await inquiryMailFacts(ctx, inquiry, item);
        return decideInquiryReminder(inquiry, at, {
          sla,
          ictCalendar: ict,
          mail: (kind, inq, due) => (kind === 'reminder'
            ? inquiryReminderMail({ ...facts, firstResponseDue: due })
            : inquiryEscalationMail({ ...facts, firstResponseDue: due, assigneeName: inq.assignee?.title }))
        }, marks);
      }
    };
  }

  function issueRule(ctx: IRunContext): IReminderRule<IIssueDueFacts> {
    return {
      key: 'issueDue',
      async load(at: Date): Promise<IIssueDueFacts[]> {
        const repo = site.repo('issues');
        const f = repo.filter;
        const horizon = new Date(at.getTime() + 14 * 24 * 3600 * 1000);
        const items = await repo.all({
          filter: `${f.le('dueDate', horizon)} and ${f.ne('status', ISSUE_STATUS_LABELS.resolved.ja)} and ${f.ne('status', ISSUE_STATUS_LABELS.closed.ja)}`,
          keys: ['area', 'status', 'owner', 'dueDate']
        });
        return items.map(toIssueFacts);
      },
      async decide(issue: IIssueDueFacts, at: Date): Promise<ReminderAction[]> {
        const ownerCal = await calendar(ctx, options.ownerCalendarId, OFFICE_HOURS_CALENDAR.id);
        const link = itemLink(options.siteUrl, listByKey('issues').url, issue.id);
        return decideIssueReminder(issue, at, {
          ownerCalendar: ownerCal,
          mail: (kind, i) => {
            const facts = { id: i.id, title: i.title, area: i.area, ownerName: i.owner?.title, dueDate: i.dueDate || '', link };
            return kind === 'dueSoon' ? issueDueSoonMail(facts) : issueOverdueMail(facts);
          }
        });
      }
    };
  }

  /**
   * Reminders other registers compute (FAQ/knowledge review with automatic take-down, documents waiting for an
   * update or a review): each becomes one mail, exactly once by its key. They run only inside the owners' hours:
   * a take-down happens when its notice can go out at once, so a deferred notice is never lost.
   */
  function ownerReminderRule(ctx: IRunContext, key: string, collect: (at: Date) => Promise<IOwnerReminder[]>): IReminderRule<IOwnerReminder> {
    return {
      key,
      async load(at: Date): Promise<IOwnerReminder[]> {
        const ownerCal = await calendar(ctx, options.ownerCalendarId, OFFICE_HOURS_CALENDAR.id);
        return isBusinessTime(ownerCal, at) ? collect(at) : [];
      },
      decide(r: IOwnerReminder): ReminderAction[] {
        if (!r.recipient) return [];
        return [{
          type: 'mail', kind: r.key.split('|')[0].slice(0, 32), deliveryKey: r.key, to: { user: r.recipient }, itemRef: r.key.slice(0, 128),
          mail: ownerReminderMail(r.subject, r.body)
        }];
      }
    };
  }

  async function runActions(actions: ReminderAction[], at: Date, report: ISweepReport): Promise<void> {
    let blocked = false;
    for (const action of actions) {
      if (action.type === 'mail') {
        if (action.receiverCalendar && !isBusinessTime(action.receiverCalendar, at)) {
          report.deferred++;
          blocked = true;
          continue;
        }
        const result = await notify(action.deliveryKey, action.kind, action.to, action.itemRef, action.mail);
        if (result === 'sent') report.mails++;
        if (result === 'failed') blocked = true;
      } else if (blocked) {
        // Marks record a delivery; without one they would hide a reminder that has not gone out.
        continue;
      } else if (action.type === 'update') {
        const repo = site.repo(action.listKey);
        await repo.update(action.itemId, '*', action.values);
        report.updates++;
      } else {
        await site.repo('auditLog').add(
          { listKey: action.listKey, itemId: action.itemId, action: action.action, actor: 'opsdesk-notifier', detail: action.detail || null, at: at.toISOString() },
          action.summary.slice(0, 255)
        );
        report.updates++;
      }
    }
  }

  /** Assignment notices whose claim went stale or whose send failed: decide the item again (same key). */
  async function recoverDeliveries(ctx: IRunContext, report: ISweepReport): Promise<void> {
    for (const entry of await deliveries.unfinished()) {
      const [listKey, idText] = String(entry.values.itemRef || '').split(':');
      if (entry.values.kind !== 'inquiryAssigned' || listKey !== 'inquiries') continue;
      try {
        report.mails += await handleInquiry(ctx, Number(idText), true);
      } catch (e) {
        report.errors.push(`recover ${entry.values.deliveryKey}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }

  function sweep(): Promise<ISweepReport> {
    return serialized(async () => {
      const at = now();
      const ctx = newContext();
      const report: ISweepReport = { mails: 0, deferred: 0, updates: 0, errors: [] };
      await recoverDeliveries(ctx, report);
      const rules: IReminderRule<unknown>[] = [
        inquiryRule(ctx) as IReminderRule<unknown>,
        issueRule(ctx) as IReminderRule<unknown>,
        ownerReminderRule(ctx, 'knowledgeMaintenance', async (at) =>
          (await runKnowledgeMaintenance(options.sp, site.webServerRelativeUrl, at, { ...DEFAULT_KNOWLEDGE_REVIEW_POLICY, graceDays: options.reviewGraceDays ?? DEFAULT_KNOWLEDGE_REVIEW_POLICY.graceDays })).reminders
        ) as IReminderRule<unknown>,
        ownerReminderRule(ctx, 'documentReminders', (at) => documentReminders(options.sp, site.webServerRelativeUrl, at)) as IReminderRule<unknown>,
        ...extraRules
      ];
      for (const rule of rules) {
        let entities: unknown[];
        try {
          entities = await rule.load(at);
        } catch (e) {
          report.errors.push(`${rule.key}: ${e instanceof Error ? e.message : String(e)}`);
          continue;
        }
        for (const entity of entities) {
          try {
            await runActions(await rule.decide(entity, at), at, report);
          } catch (e) {
            report.errors.push(`${rule.key}: ${e instanceof Error ? e.message : String(e)}`);
          }
        }
      }
      for (const e of report.errors) log(`sweep: ${e}`);
      return report;
    }).then(async (report) => {
      // The safety net for dropped webhooks: whatever the change log holds beyond the stored tokens.
      const changes = await processChanges();
      report.mails += changes.mails;
      report.errors.push(...changes.errors);
      return report;
    });
  }

  // ---------------------------------------------------------------------------------------- webhooks

  async function listKeysOf(resources: ReadonlyArray<string>): Promise<string[]> {
    const wanted = resources.map((r) => r.toLowerCase().replace(/[{}]/g, ''));
    const keys: string[] = [];
    for (const key of watched) {
      try {
        if (wanted.indexOf(await site.listId(key)) >= 0) keys.push(key);
      } catch (e) {
        log(`list ${key}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return keys;
  }

  async function processNotifications(notifications: ReadonlyArray<Pick<IWebhookNotification, 'resource'>>): Promise<IProcessReport> {
    const keys = await listKeysOf(notifications.map((n) => n.resource));
    return keys.length > 0 ? processChanges(keys) : { items: 0, mails: 0, errors: [] };
  }

  /** In-process queue for the local runner: the webhook answers at once, the work follows. */
  function enqueue(notifications: IWebhookNotification[]): void {
    for (const n of notifications) pending.add(n.resource);
    if (!drain) {
      drain = (async () => {
        while (pending.size > 0) {
          const resources = [...pending];
          pending.clear();
          await processNotifications(resources.map((resource) => ({ resource })));
        }
      })()
        .catch((e) => log(`webhook queue: ${e instanceof Error ? e.message : String(e)}`))
        .finally(() => {
          drain = undefined;
        });
    }
  }

  return {
    site,
    processChanges,
    sweep,
    notify,
    processNotifications,
    async applyItemSecurity(listKey: string, itemId: number): Promise<boolean> {
      const item = await site.repo(listKey).get(itemId);
      return secure(newContext(), listKey, item);
    },
    handleWebhook: (req) => handleWebhook(req, { clientState: options.clientState, enqueue, log }),
    async ensureSubscriptions(notificationUrl: string): Promise<void> {
      for (const key of watched) await site.ensureSubscription(key, notificationUrl, options.clientState, now());
    },
    addReminderRule<T>(rule: IReminderRule<T>): void {
      extraRules.push(rule as IReminderRule<unknown>);
    },
    async idle(): Promise<void> {
      while (drain) await drain;
      await chain;
    }
  };
}

function missingMailer(): IMailer {
  return {
    send(): Promise<void> {
      return Promise.reject(new Error('createNotifier: give `graph` and `senderUpn`, or a `mailer`'));
    }
  };
}
