import { SPFI } from '@pnp/sp';
import { Sandbox } from '../../../sandbox/src';
import { newSandbox, spAs, failure } from './clients';

describe('content approval (EnableModeration, _ModerationStatus) [UNVERIFIED REST details]', () => {
  let sb: Sandbox;
  let admin: SPFI;
  let member: SPFI;
  let reader: SPFI;
  const titles = async (sp: SPFI): Promise<string[]> => (await sp.web.lists.getByTitle('Catalog').items.select('Title')()).map(i => i.Title);

  beforeEach(async () => {
    sb = newSandbox();
    admin = spAs(sb, 'admin');
    member = spAs(sb, 'staffA');
    reader = spAs(sb, 'staffB');
    const groups = await admin.web.siteGroups();
    const id = (t: string): number => groups.find(g => g.Title === t)!.Id;
    await admin.web.siteGroups.getById(id('opsdesk Members')).users.add('i:0#.f|membership|suzuki.ichiro@midoriku.example');
    await admin.web.siteGroups.getById(id('opsdesk Visitors')).users.add('i:0#.f|membership|takahashi.misaki@midoriku.example');
    await admin.web.lists.add('Catalog');
    await admin.web.lists.getByTitle('Catalog').update({ EnableModeration: true });
  });
  afterEach(() => sb.close());

  test('new items are Pending (2) and hidden from readers until an approver sets OData__ModerationStatus 0', async () => {
    const it = await admin.web.lists.getByTitle('Catalog').items.add({ Title: 'サービスA' });
    expect(it).toMatchObject({ OData__ModerationStatus: 2, OData__ModerationComments: null });
    expect(await titles(reader)).toEqual([]);
    expect((await failure(reader.web.lists.getByTitle('Catalog').items.getById(1)())).status).toBe(404);
    await admin.web.lists.getByTitle('Catalog').items.getById(1).update({ OData__ModerationStatus: 0 });
    expect(await titles(reader)).toEqual(['サービスA']);
  });

  test('readers keep seeing the approved version while an edit waits for approval; the author and approvers see the draft', async () => {
    await admin.web.lists.getByTitle('Catalog').items.add({ Title: 'v1', OData__ModerationStatus: 0 });
    await member.web.lists.getByTitle('Catalog').items.getById(1).update({ Title: 'v2 draft' });
    expect(await titles(reader)).toEqual(['v1']);
    expect(await titles(admin)).toEqual(['v2 draft']);
    const seen = await reader.web.lists.getByTitle('Catalog').items.getById(1).select('Title', 'OData__ModerationStatus')();
    expect(seen).toMatchObject({ Title: 'v1', OData__ModerationStatus: 0 });
    await admin.web.lists.getByTitle('Catalog').items.getById(1).update({ OData__ModerationStatus: 0, OData__ModerationComments: 'OK' });
    expect(await titles(reader)).toEqual(['v2 draft']);
  });

  test('members without Approve Items cannot set OData__ModerationStatus (403) but see their own pending items', async () => {
    await member.web.lists.getByTitle('Catalog').items.add({ Title: 'mine' });
    expect(await titles(member)).toEqual(['mine']);
    expect(await titles(reader)).toEqual([]);
    const f = await failure(member.web.lists.getByTitle('Catalog').items.getById(1).update({ OData__ModerationStatus: 0 }));
    expect(f.status).toBe(403);
  });
});
