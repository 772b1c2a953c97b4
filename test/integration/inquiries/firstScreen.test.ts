import { createNotifier } from '../../../notifier/src';
import { SpCatalogLookups } from '../../../src/data/catalogLookups';
import { SpCurrentUserRepository } from '../../../src/data/currentUser';
import { IInquiryPage, SpInquiryQueueStart, SpInquiryRepository } from '../../../src/data/inquiries';
import { SchemaListRepository } from '../../../src/data/SchemaListRepository';
import { INQUIRY_STATUS_LABELS, InquiryStatus } from '../../../src/domain';
import { InquiriesList } from '../../../src/schema';
import { ISpfxPage, spfxPage } from '../../support/spfxPage';
import { IInquirySandbox, inquirySandbox, sanitizeHtml, WEB } from './inquirySandbox';

// The queue's first screen through the loader the web part builds (SpInquiryQueueStart over the SPFx-built
// client): SharePoint answers a $batch of GETs part by part with the caller's item permissions, so the user,
// their groups, the catalog and the opening page arrive in one HTTP request, already trimmed.
const NOW = new Date('2026-11-25T01:00:00.000Z');
const BATCH = ['POST /sites/opsdesk/_api/$batch'];

describe('inquiry queue first screen: one $batch request, the opening queue chosen by role, trimmed by item permissions', () => {
  let s: IInquirySandbox;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    s = await inquirySandbox();
    const app = s.spAs({ app: true });
    const notifier = createNotifier({ sp: app, siteUrl: s.sb.siteUrl, site: s.config, clientState: 'queue-first-screen', mailer: { send: async () => undefined }, now: () => NOW });
    const repo = new SchemaListRepository(app, WEB, InquiriesList);
    const add = async (key: string, status: InquiryStatus, requester: string, assignee: string, vendorKey: string, hoursAgo: number): Promise<void> => {
      const receivedAt = new Date(NOW.getTime() - hoursAgo * 3600000);
      const created = await repo.add(
        {
          body: `<p>${key}</p>`, category: 'その他', status: INQUIRY_STATUS_LABELS[status].ja, system: vendorKey === 'midori-systems' ? s.systems.juki : s.systems.zeimu,
          requester: await s.userId(requester), assignee: await s.userId(assignee), vendorKey,
          receivedAt: receivedAt.toISOString(), firstResponseDue: new Date(receivedAt.getTime() + 7200000).toISOString()
        },
        key
      );
      ids[key] = created.id;
      // What the notifier does for a new inquiry: ICT center, the vendor's group, the requester and the assignee.
      await notifier.applyItemSecurity(InquiriesList.key, created.id);
    };
    await add('みどり 1 (鈴木)', 'assigned', 'staffA', 'vendorA', 'midori-systems', 5);
    await add('みどり 2 (高橋)', 'responded', 'staffB', 'vendorA2', 'midori-systems', 3);
    await add('さくら 1 (鈴木)', 'assigned', 'staffA', 'vendorB', 'sakura-its', 4);
    await add('さくら 2 (高橋)', 'waiting', 'staffB', 'vendorB', 'sakura-its', 1);
    await add('みどり 完了 (鈴木)', 'closed', 'staffA', 'vendorA', 'midori-systems', 2);
  }, 120000);
  afterAll(() => s && s.sb.close());

  function loader(page: ISpfxPage, pageKnowsUser = true): SpInquiryQueueStart {
    const parts = {
      currentUser: new SpCurrentUserRepository(page.sp, s.siteConfig),
      catalog: new SpCatalogLookups(page.sp, WEB),
      inquiries: new SpInquiryRepository(page.sp, WEB, { sanitizeHtml, now: () => NOW })
    };
    return new SpInquiryQueueStart(page.sp, parts, s.siteConfig, pageKnowsUser ? page.userId : undefined);
  }

  const subjects = (page: IInquiryPage | undefined): string[] => (page ? page.items.map((i) => i.subject) : []);

  test('ICT center: user, catalog and every open inquiry by due date in exactly one HTTP request', async () => {
    const page = await spfxPage(s.sb, 'ict');
    const start = await loader(page).load(50);
    expect(page.requests).toEqual(BATCH);
    expect(start.user.roles).toEqual(['ictCenter']);
    expect(start.catalog.systems.map((x) => x.name).sort()).toEqual(['住民記録システム', '税務システム']);
    expect(start.opening && start.opening.query).toMatchObject({ scope: 'all', status: 'open', sort: 'dueAsc' });
    expect(subjects(start.opening && start.opening.page)).toEqual(['みどり 1 (鈴木)', 'さくら 1 (鈴木)', 'みどり 2 (高橋)', 'さくら 2 (高橋)']);
  }, 60000);

  test('vendor: their vendor\'s open queue in the same one request; the other vendor\'s inquiries are not in it', async () => {
    for (const [key, vendorKey, expected] of [
      ['vendorA', 'midori-systems', ['みどり 1 (鈴木)', 'みどり 2 (高橋)']],
      ['vendorB', 'sakura-its', ['さくら 1 (鈴木)', 'さくら 2 (高橋)']]
    ] as Array<[string, string, string[]]>) {
      const page = await spfxPage(s.sb, key);
      const start = await loader(page).load(50);
      expect(page.requests).toEqual(BATCH);
      expect(start.user).toMatchObject({ roles: ['vendor'], vendorKey });
      expect(start.opening && start.opening.query).toMatchObject({ scope: 'myVendor', vendorKey, userId: page.userId });
      expect(subjects(start.opening && start.opening.page)).toEqual(expected);
    }
  }, 60000);

  test('staff: their own open inquiries, newest first, in one request when the page knows their id; in two when it does not', async () => {
    const page = await spfxPage(s.sb, 'staffA');
    const start = await loader(page).load(50);
    expect(page.requests).toEqual(BATCH);
    expect(start.opening && start.opening.query).toMatchObject({ scope: 'mine', userId: page.userId, sort: 'receivedDesc' });
    expect(subjects(start.opening && start.opening.page)).toEqual(['さくら 1 (鈴木)', 'みどり 1 (鈴木)']);
    page.reset();
    const blind = await loader(page, false).load(50);
    expect(page.requests).toEqual([...BATCH, `GET /sites/opsdesk/_api/web/getList('/sites/opsdesk/${InquiriesList.url}')/items`]);
    expect(subjects(blind.opening && blind.opening.page)).toEqual(['さくら 1 (鈴木)', 'みどり 1 (鈴木)']);
  }, 60000);

  test('the next page is one more request outside the spent batch, and continues where the first stopped', async () => {
    const page = await spfxPage(s.sb, 'ict');
    const start = await loader(page).load(3);
    const first = start.opening!.page;
    expect(subjects(first)).toHaveLength(3);
    page.reset();
    const second = await first.next!();
    expect(page.requests).toHaveLength(1);
    expect(page.requests[0].indexOf('GET ')).toBe(0);
    expect(subjects(first).concat(subjects(second))).toEqual(['みどり 1 (鈴木)', 'さくら 1 (鈴木)', 'みどり 2 (高橋)', 'さくら 2 (高橋)']);
    expect(second.next).toBeUndefined();
  }, 60000);
});
