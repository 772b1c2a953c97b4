import { exportPnpTemplate, PNP_NAMESPACE } from '../../../provisioning/src/export/pnpTemplate';
import { exportSiteScript, MAX_ACTIONS } from '../../../provisioning/src/export/siteScript';
import { fieldGuid } from '../../../provisioning/src/export/common';
import { IssuesList, InquiriesList } from '../../../src/schema';
import { ROSTER, desired } from './fixtures';

/** Minimal well-formedness check: every tag closes in order (the XSD check is exportXsd.test.ts). */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const re = /<(\/?)([A-Za-z_][\w:.-]*)([^>]*?)(\/?)>/g;
  let m: RegExpExecArray | null;
  const body = xml.replace(/<\?xml[^>]*\?>/, '');
  while ((m = re.exec(body))) {
    if (m[4] === '/') continue;
    if (m[1] === '/') {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2]);
  }
  return stack.length === 0;
}

describe('PnP provisioning template export', () => {
  const xml = exportPnpTemplate(desired(ROSTER));

  test('is a well-formed 2022-09 template with one ListInstance per list, keyed by URL', () => {
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain(`<pnp:Provisioning xmlns:pnp="${PNP_NAMESPACE}">`);
    const d = desired();
    expect((xml.match(/<pnp:ListInstance /g) ?? []).length).toBe(d.lists.length);
    expect(xml).toContain(`Title="${IssuesList.title.ja}"`);
    expect(xml).toContain(`Url="${IssuesList.url}"`);
  });

  test('fields keep ASCII internal names, Japanese display names and stable IDs; lookups use list tokens', () => {
    const owner = IssuesList.fields.owner;
    expect(xml).toContain(
      `<Field ID="{${fieldGuid('issues', owner.internalName)}}" Type="User" Name="${owner.internalName}" StaticName="${owner.internalName}" DisplayName="${owner.title.ja}" Required="TRUE" Indexed="TRUE" UserSelectionMode="PeopleOnly"`
    );
    expect(fieldGuid('issues', owner.internalName)).toBe(fieldGuid('issues', owner.internalName));
    expect(fieldGuid('issues', owner.internalName)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(xml).toContain(`Name="${InquiriesList.fields.system.internalName}"`);
    expect(xml).toMatch(/List="\{listid:業務システム一覧\}" ShowField="Title"/);
    expect(xml).toContain('RichTextMode="FullHtml"');
  });

  test('permissions break inheritance once and name levels by RoleType tokens (language independent)', () => {
    expect(xml).toContain('<pnp:BreakRoleInheritance CopyRoleAssignments="true" ClearSubscopes="false">');
    expect(xml).toContain('<pnp:RoleAssignment Principal="opsdesk ICTセンター" RoleDefinition="{roledefinition:Editor}" />');
    expect(xml).not.toMatch(/RoleDefinition="(Edit|Read|Contribute)"/);
  });

  test('groups carry their owner and the roster members', () => {
    expect(xml).toMatch(/<pnp:SiteGroup Title="opsdesk ICTセンター" [^>]*Owner="opsdesk ICTセンター"/);
    expect(xml).toContain('<pnp:User Name="tanaka.sho_midori-systems.example#EXT#@midoriku.onmicrosoft.com" />');
  });
});

describe('site script export', () => {
  const result = exportSiteScript(desired());

  test('stays within 300 actions per script and creates every list before any lookup', () => {
    for (const s of result.scripts) {
      const n = s.actions.reduce((acc, a) => acc + 1 + ((a.subactions as unknown[] | undefined)?.length ?? 0), 0);
      expect(n).toBeLessThanOrEqual(MAX_ACTIONS);
    }
    const actions = result.script.actions as Array<{ verb: string; listName: string; subactions: Array<{ verb: string; targetListName?: string }> }>;
    const created = new Set<string>();
    for (const a of actions) {
      for (const sub of a.subactions) if (sub.verb === 'addSPLookupFieldXml') expect(created.has(sub.targetListName!)).toBe(true);
      created.add(a.listName);
    }
  });

  test('lists keep ASCII names (no setTitle) and fields go in as CAML with Japanese display names', () => {
    const actions = result.script.actions as Array<{ listName: string; subactions: Array<{ verb: string; schemaXml?: string }> }>;
    expect(actions.map((a) => a.listName)).toContain('OpsIssues');
    expect(JSON.stringify(result.script)).not.toContain('"setTitle"');
    const issues = actions.find((a) => a.listName === 'OpsIssues')!;
    expect(issues.subactions.some((s) => s.schemaXml?.includes(`DisplayName="${IssuesList.fields.owner.title.ja}"`))).toBe(true);
  });

  test('says what a site script cannot express', () => {
    expect(result.notExpressed.join('\n')).toMatch(/groups per role/);
    expect(result.notExpressed.join('\n')).toMatch(/breaking permission inheritance/);
  });
});
