import { provisionedSandbox } from '../../support/provisionedSandbox';
import { IssuesList } from '../../../src/schema';

jest.setTimeout(60000);

describe('provisionedSandbox (shared test set-up)', () => {
  test('gives a fresh sandbox with the demo site: lists with Japanese titles and role groups with their members', async () => {
    const { sb, spAs, schema } = await provisionedSandbox();
    try {
      const sp = spAs({ app: true });
      const list = await sp.web.getList(`/sites/opsdesk/${IssuesList.url}`).select('Title')();
      expect(list.Title).toBe(IssuesList.title.ja);
      const ict = schema.groups.find((g) => g.key === 'ictCenter')!;
      const members = await sp.web.siteGroups.getByName(ict.title).users();
      expect(members.map((m) => m.UserPrincipalName).sort()).toEqual(['sato.hanako@midoriku.example', 'yamamoto.ken@midoriku.example']);
    } finally {
      sb.close();
    }
  });
});
