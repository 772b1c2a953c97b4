import { loadCurrentActor } from '../../../src/data/issues';
import { createIssueSite, IIssueSite } from './support/issueSite';

describe('the current user as a domain actor, from the opsdesk groups SharePoint reports (currentuser/groups)', () => {
  let site: IIssueSite;
  beforeAll(async () => {
    site = await createIssueSite();
  }, 60000);
  afterAll(() => site.close());

  test.each([
    ['ict', ['ictCenter'], '佐藤 花子'],
    ['staffA', ['department'], '鈴木 一郎'],
    ['vendorA', ['vendor'], '田中 翔'],
    ['csp', ['csp'], '渡辺 誠']
  ])('%s → %j', async (key, roles, name) => {
    const actor = await loadCurrentActor(site.as(key));
    expect(actor.roles).toEqual(roles);
    expect(actor.user).toMatchObject({ id: await site.userId(key), title: name });
  });
});
