import type { IFaqDraft } from '../../../src/domain/knowledge';
import * as fs from 'fs';
import * as path from 'path';
import { ICatalog } from '../../../src/data/catalogLookups';
import { ICurrentUser, ICurrentUserRepository } from '../../../src/data/currentUser';
import {
  IAttachment,
  IAttachmentInput,
  IInquiryPage,
  IInquiryQuery,
  IInquiryRecord,
  IInquiryRepository,
  IInquiryTexts,
  INewInquiry,
  InquirySaveResult,
  openingQuery
} from '../../../src/data/inquiries';
import { IInquiry, IUserRef, OFFICE_HOURS_CALENDAR, CALENDAR_PRESETS } from '../../../src/domain';
import { sanitizeHtml } from '../../../src/ui/sanitizeHtml';
import { IInquiryQueueServices } from '../../../src/webparts/inquiryQueue/components/IInquiryQueueServices';
import { IInquiryQueueStrings } from '../../../src/webparts/inquiryQueue/components/IInquiryQueueStrings';

/** The web part's real loc strings (AMD modules), loaded the way SPFx would hand them over. */
export function locStrings(locale: 'ja' | 'en'): IInquiryQueueStrings {
  const file = path.join(__dirname, '../../../src/webparts/inquiryQueue/loc', locale === 'ja' ? 'ja-jp.js' : 'en-us.js');
  let strings: IInquiryQueueStrings | undefined;
  const define = (_deps: string[], factory: () => IInquiryQueueStrings): void => {
    strings = factory();
  };
  new Function('define', fs.readFileSync(file, 'utf8'))(define);
  if (!strings) throw new Error(`no strings in ${file}`);
  return strings;
}

export const STAFF: IUserRef = { id: 11, title: '鈴木 一郎', email: 'suzuki.ichiro@midoriku.example' };
export const VENDOR_USER: IUserRef = { id: 21, title: '田中 翔' };
export const VENDOR_USER2: IUserRef = { id: 22, title: '中村 大輔' };
export const ICT: IUserRef = { id: 31, title: '佐藤 花子' };

export const staffUser: ICurrentUser = { user: STAFF, roles: ['department'], groupTitles: ['opsdesk 業務所管課'], isSiteAdmin: false };
export const vendorUser: ICurrentUser = { user: VENDOR_USER, roles: ['vendor'], vendorKey: 'midori-systems', groupTitles: ['opsdesk 事業者 みどりシステムズ株式会社'], isSiteAdmin: false };
export const ictUser: ICurrentUser = { user: ICT, roles: ['ictCenter'], groupTitles: ['opsdesk ICTセンター'], isSiteAdmin: false };

/** Wednesday 2026-11-25 10:00 JST. */
export const NOW = new Date('2026-11-25T01:00:00.000Z');

export const catalog: ICatalog = {
  systems: [
    { id: 1, name: '住民記録システム', owningDepartment: '住民課', vendorKey: 'midori-systems', area: 'shared' },
    { id: 2, name: '税務システム', owningDepartment: '税務課', vendorKey: 'sakura-its', area: 'shared' }
  ],
  services: [
    {
      id: 5, name: { ja: '住民記録 操作問い合わせ', en: '住民記録 操作問い合わせ' }, systemId: 1, lifecycle: 'active', providerKind: 'asp',
      providerName: 'みどりシステムズ株式会社', vendorKey: 'midori-systems', answeringCalendarId: 'officeHours', firstResponseTargetMinutes: 120
    },
    {
      id: 6, name: { ja: '税務 障害受付', en: '税務 障害受付' }, systemId: 2, lifecycle: 'active', providerKind: 'asp',
      providerName: 'さくらITサービス株式会社', vendorKey: 'sakura-its', answeringCalendarId: 'always', firstResponseTargetMinutes: 60
    }
  ],
  calendars: CALENDAR_PRESETS.slice()
};

export function inquiry(partial: Partial<IInquiryRecord> & { id: number }): IInquiryRecord {
  return {
    etag: '"1"',
    subject: `問い合わせ ${partial.id}`,
    body: '<p>画面が表示されません。</p>',
    category: 'howTo',
    status: 'assigned',
    requester: STAFF,
    assignee: VENDOR_USER,
    vendorKey: 'midori-systems',
    receivedAt: '2026-11-24T00:30:00.000Z',
    pauses: [],
    system: { id: 1, title: '住民記録システム' },
    systemId: 1,
    service: { id: 5, title: '住民記録 操作問い合わせ' },
    serviceId: 5,
    ...partial
  };
}

function bump(etag: string): string {
  return `"${Number(etag.replace(/"/g, '')) + 1}"`;
}

/**
 * An in-memory inquiry list with SharePoint's ETag rule: a write with an old ETag is refused and nothing is
 * written. `changeBehindTheUsersBack` plays the other user.
 */
export class FakeInquiryRepository implements IInquiryRepository {
  public readonly items = new Map<number, IInquiryRecord>();
  public readonly created: Array<{ input: INewInquiry; attachments: ReadonlyArray<IAttachmentInput> }> = [];
  public readonly saves: Array<{ id: number; texts: IInquiryTexts }> = [];
  public readonly faqDrafts: IFaqDraft[] = [];
  public queries: IInquiryQuery[] = [];
  private nextId = 100;

  constructor(items: IInquiryRecord[] = []) {
    for (const i of items) this.items.set(i.id, i);
  }

  public changeBehindTheUsersBack(id: number, change: Partial<IInquiryRecord>): void {
    const current = this.items.get(id)!;
    this.items.set(id, { ...current, ...change, etag: bump(current.etag) });
  }

  public async page(query: IInquiryQuery): Promise<IInquiryPage> {
    this.queries.push(query);
    return { items: Array.from(this.items.values()) };
  }

  public async get(id: number): Promise<IInquiryRecord> {
    return this.items.get(id)!;
  }

  public async create(input: INewInquiry, attachments: ReadonlyArray<IAttachmentInput> = []): Promise<IInquiryRecord> {
    this.created.push({ input, attachments });
    const record = inquiry({
      id: this.nextId++,
      subject: input.subject,
      body: input.body,
      category: input.category,
      status: 'received',
      assignee: undefined,
      vendorKey: undefined,
      receivedAt: input.receivedAt.toISOString(),
      firstResponseDue: input.firstResponseDue ? input.firstResponseDue.toISOString() : undefined
    });
    this.items.set(record.id, record);
    return record;
  }

  public async attachments(): Promise<IAttachment[]> {
    return [];
  }

  public async save(before: IInquiryRecord, after: IInquiry, texts: IInquiryTexts = {}): Promise<InquirySaveResult> {
    const current = this.items.get(before.id)!;
    if (current.etag !== before.etag) return { ok: false, reason: 'staleEdit', latest: current };
    this.saves.push({ id: before.id, texts });
    const record: IInquiryRecord = { ...current, ...after, etag: bump(current.etag) };
    if (texts.firstResponse !== undefined) record.firstResponse = texts.firstResponse;
    if (texts.resolution !== undefined) record.resolution = texts.resolution;
    if (texts.requesterQuestion !== undefined) record.requesterQuestion = texts.requesterQuestion;
    this.items.set(before.id, record);
    return { ok: true, record };
  }

  public async promoteToFaq(record: IInquiryRecord, draft: IFaqDraft): Promise<InquirySaveResult> {
    const current = this.items.get(record.id)!;
    if (current.etag !== record.etag) return { ok: false, reason: 'staleEdit', latest: current };
    this.faqDrafts.push(draft);
    const next = { ...current, faqDraft: { id: 900, title: draft.question }, etag: bump(current.etag) };
    this.items.set(record.id, next);
    return { ok: true, record: next };
  }
}

export class FakeCurrentUser implements ICurrentUserRepository {
  constructor(private readonly current: ICurrentUser) {}
  public async load(): Promise<ICurrentUser> {
    return this.current;
  }
  public async assignableUsers(vendorKey?: string): Promise<IUserRef[]> {
    return vendorKey === 'midori-systems' ? [VENDOR_USER, VENDOR_USER2] : [ICT];
  }
}

export function fakeServices(user: ICurrentUser, repo: FakeInquiryRepository, now: Date = NOW): IInquiryQueueServices {
  return {
    // The first screen as the web part's loader answers it, minus the batch: the opening query goes through the
    // fake repository like any other, so tests see it in `repo.queries`.
    start: {
      load: async (pageSize: number) => {
        const query = openingQuery(user.roles, user.vendorKey, user.user.id, pageSize);
        return query ? { user, catalog, opening: { query, page: await repo.page(query) } } : { user, catalog };
      }
    },
    inquiries: repo,
    catalog: { load: async () => catalog },
    currentUser: new FakeCurrentUser(user),
    vendors: [
      { key: 'midori-systems', name: 'みどりシステムズ株式会社', kind: 'asp' },
      { key: 'sakura-its', name: 'さくらITサービス株式会社', kind: 'asp' }
    ],
    now: () => now,
    sanitize: sanitizeHtml
  };
}

export { OFFICE_HOURS_CALENDAR };
