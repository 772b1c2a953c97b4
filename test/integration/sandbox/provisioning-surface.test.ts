import { SPFI } from '@pnp/sp';
import { Sandbox } from '../../../sandbox/src';
import { newSandbox, spAs, failure } from './clients';

/** What provisioning and the data layer send beyond the core (gaps reported by the other parts). */
describe('provisioning surface: group owner, library columns, list settings, defaults, validateUpdateListItem', () => {
  let sb: Sandbox;
  let admin: SPFI;

  beforeEach(() => {
    sb = newSandbox();
    admin = spAs(sb, 'admin');
  });
  afterEach(() => sb.close());

  test('siteGroups(id)/SetUserAsOwner(ownerId) makes another group the owner (OwnerTitle) (PnPjs site-groups setUserAsOwner)', async () => {
    const owners = await admin.web.siteGroups.getByName('opsdesk Owners')();
    const g = await admin.web.siteGroups.add({ Title: 'opsdesk ICT' });
    await admin.web.siteGroups.getById(g.Id).setUserAsOwner(owners.Id);
    expect((await admin.web.siteGroups.getById(g.Id)()).OwnerTitle).toBe('opsdesk Owners');
  });

  test('document libraries have DocIcon/LinkFilename; their default view shows them (§8)', async () => {
    await admin.web.lists.add('Docs', '', 101, false);
    const lib = admin.web.lists.getByTitle('Docs');
    expect((await lib.fields.getByInternalNameOrTitle('DocIcon')()).InternalName).toBe('DocIcon');
    const v = await lib.views.add('Register', false, { RowLimit: 100 });
    await lib.views.getById(v.Id).fields.add('LinkFilename');
    await lib.views.getById(v.Id).fields.add('DocIcon');
    expect((await lib.views.getById(v.Id).fields()).Items).toEqual(['DocIcon', 'LinkFilename']);
    expect((await failure(admin.web.lists.add('Plain').then(() => admin.web.lists.getByTitle('Plain').fields.getByInternalNameOrTitle('DocIcon')()))).status).toBe(400);
  });

  test('EnableModeration set by MERGE is read back (§5.4)', async () => {
    await admin.web.lists.add('Catalog');
    await admin.web.lists.getByTitle('Catalog').update({ EnableModeration: true });
    expect((await admin.web.lists.getByTitle('Catalog').select('EnableModeration')()).EnableModeration).toBe(true);
  });

  test('a column DefaultValue applies to items.add when the value is not sent (SharePoint column defaults)', async () => {
    await admin.web.lists.add('Inquiries');
    const f = admin.web.lists.getByTitle('Inquiries').fields;
    await f.createFieldAsXml({ SchemaXml: '<Field Type="Choice" Name="OpsInquiryStatus" DisplayName="状態"><Default>受付</Default><CHOICES><CHOICE>受付</CHOICE><CHOICE>割当済</CHOICE></CHOICES></Field>', Options: 8 });
    await f.addBoolean('Urgent', { DefaultValue: '0' } as Record<string, unknown>);
    const a = await admin.web.lists.getByTitle('Inquiries').items.add({ Title: 'q' });
    expect(a).toMatchObject({ OpsInquiryStatus: '受付', Urgent: false });
    const b = await admin.web.lists.getByTitle('Inquiries').items.add({ Title: 'q', OpsInquiryStatus: '割当済' });
    expect(b.OpsInquiryStatus).toBe('割当済');
  });

  test('validateUpdateListItem: form strings, per-field results, bNewDocumentUpdate keeps the version (PnPjs items)', async () => {
    await admin.web.lists.add('Docs', '', 101, false);
    const lib = admin.web.lists.getByTitle('Docs');
    await lib.fields.addText('DocNumber');
    await lib.fields.addUser('Owner0');
    await lib.fields.addNumber('Pages');
    await admin.web.getFolderByServerRelativePath('/sites/opsdesk/Docs').files.addUsingPath('設計書.docx', 'x');
    const res = await lib.items.getById(1).validateUpdateListItem([
      { FieldName: 'DocNumber', FieldValue: 'DOC-001' },
      { FieldName: 'Owner0', FieldValue: JSON.stringify([{ Key: 'i:0#.f|membership|sato.hanako@midoriku.example' }]) },
      { FieldName: 'Pages', FieldValue: '12' },
    ], true);
    expect((res as unknown as { FieldName: string; HasException: boolean; ErrorCode: number }[]).map(r => [r.FieldName, r.HasException, r.ErrorCode])).toEqual([['DocNumber', false, 0], ['Owner0', false, 0], ['Pages', false, 0]]);
    const item = await lib.items.getById(1).select('DocNumber', 'Owner0Id', 'Pages', 'OData__UIVersionString')();
    expect(item).toMatchObject({ DocNumber: 'DOC-001', Pages: 12, OData__UIVersionString: '1.0' });
    const bad = await lib.items.getById(1).validateUpdateListItem([{ FieldName: 'Pages', FieldValue: 'many' }, { FieldName: 'DocNumber', FieldValue: 'DOC-002' }]);
    expect(bad[0].HasException).toBe(true);
    expect((await lib.items.getById(1).select('DocNumber')()).DocNumber).toBe('DOC-001');
  });
});
