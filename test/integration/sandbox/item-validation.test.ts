import { SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { Sandbox } from '../../../sandbox/src';
import { newSandbox, spAs, failure } from './clients';

/**
 * Values SharePoint Online refuses on REST items add/MERGE (sharepoint-rest.md §3, §9.2-9.3), each with the
 * recorded SPO answer it follows (sources in sandbox/src/http/odata-json.ts, Errors.duplicateValues/invalidText).
 */
const duplicate = (field: string): Record<string, unknown> => ({
  code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
  message: { lang: 'en-US', value: `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${field}].` },
});

describe('unique columns (EnforceUniqueValues)', () => {
  let sb: Sandbox;
  let admin: SPFI;
  const list = (): ReturnType<SPFI['web']['lists']['getByTitle']> => admin.web.lists.getByTitle('Assets');

  beforeEach(async () => {
    sb = newSandbox();
    admin = spAs(sb, 'admin');
    await admin.web.lists.add('Assets');
    await list().fields.addText('AssetCode', { Indexed: true, EnforceUniqueValues: true, MaxLength: 64 });
    await list().fields.getByInternalNameOrTitle('AssetCode').update({ Title: '管理コード' });
    await list().fields.addNumber('Serial', { Indexed: true, EnforceUniqueValues: true });
    await list().fields.addText('Note0');
  });
  afterEach(() => sb.close());

  test('a second add with the same value → 500 SPDuplicateValuesFoundException naming the column [display name, UNVERIFIED which name] (Atvero-Issues#135; pnpcore#1280)', async () => {
    await list().items.add({ Title: 'a', AssetCode: 'PC-001' });
    const f = await failure(list().items.add({ Title: 'b', AssetCode: 'PC-001' }));
    expect(f.status).toBe(500);
    expect(f.body).toEqual({ 'odata.error': duplicate('管理コード') });
  });

  test('a refused add writes nothing: no item, no change-log entry, and the next add gets the next id (as other refused adds)', async () => {
    const { CurrentChangeToken } = await list().select('CurrentChangeToken')();
    await list().items.add({ AssetCode: 'PC-001' });
    await failure(list().items.add({ AssetCode: 'PC-001', Title: 'dup' }));
    expect((await list().select('ItemCount')()).ItemCount).toBe(1);
    const changes = await list().getChanges({ Add: true, Update: true, Item: true, ChangeTokenStart: CurrentChangeToken });
    expect(changes.map((c: { ChangeType: number; ItemId: number }) => [c.ChangeType, c.ItemId])).toEqual([[1, 1]]);
    expect((await list().items.add({ AssetCode: 'PC-002' })).Id).toBe(2);
  });

  test('text compares case-insensitively ("hello world" = "Hello World", MSDOC ee536168)', async () => {
    await list().items.add({ AssetCode: 'pc-001' });
    expect((await failure(list().items.add({ AssetCode: 'PC-001' }))).status).toBe(500);
  });

  test('numbers are unique too; null and empty values are not checked', async () => {
    await list().items.add({ Serial: 7 });
    expect((await failure(list().items.add({ Serial: 7 }))).body).toEqual({ 'odata.error': duplicate('Serial') });
    await list().items.add({ Title: 'no values' });
    await list().items.add({ Title: 'no values either' });
    await list().items.add({ AssetCode: '', Serial: null });
    await list().items.add({ AssetCode: '', Serial: null });
    expect((await list().select('ItemCount')()).ItemCount).toBe(5);
  });

  test('update (MERGE) to a value another item holds → the same 500, and the item keeps its values and version', async () => {
    await list().items.add({ AssetCode: 'PC-001' });
    await list().items.add({ AssetCode: 'PC-002' });
    const f = await failure(list().items.getById(2).update({ AssetCode: 'pc-001', Title: 'renamed' }));
    expect(f.status).toBe(500);
    expect(f.body).toEqual({ 'odata.error': duplicate('管理コード') });
    expect(await list().items.getById(2).select('AssetCode', 'Title', 'OData__UIVersionString')()).toMatchObject({ AssetCode: 'PC-002', Title: null, OData__UIVersionString: '1.0' });
  });

  test('an update that keeps the item\'s own value (or changes only its case, or other columns) is accepted', async () => {
    await list().items.add({ AssetCode: 'PC-001', Serial: 1 });
    await list().items.getById(1).update({ AssetCode: 'PC-001', Serial: 1, Title: 'same values' });
    await list().items.getById(1).update({ AssetCode: 'pc-001' });
    await list().items.getById(1).update({ Note0: 'other column' });
    expect(await list().items.getById(1).select('AssetCode', 'OData__UIVersionString')()).toMatchObject({ AssetCode: 'pc-001', OData__UIVersionString: '4.0' });
  });

  test('inside $batch: the duplicate part fails with the same 500, the other parts succeed (§10, non-transactional)', async () => {
    await list().items.add({ AssetCode: 'PC-001' });
    const [batched, execute] = admin.batched();
    const bl = batched.web.lists.getByTitle('Assets');
    const results: unknown[] = [];
    bl.items.add({ AssetCode: 'PC-002' }).then(r => results.push(['add', r.Id]));
    bl.items.add({ AssetCode: 'pc-002' }).catch(e => results.push(['dup-add', e.status]));
    bl.items.getById(1).update({ AssetCode: 'PC-002' }).catch(e => results.push(['dup-update', e.status]));
    bl.items.add({ AssetCode: 'PC-003' }).then(r => results.push(['add', r.Id]));
    await execute();
    expect(results).toHaveLength(4);
    expect(results).toEqual(expect.arrayContaining([['add', 2], ['dup-add', 500], ['dup-update', 500], ['add', 3]]));
    expect((await list().items.select('AssetCode').orderBy('ID')()).map((i: { AssetCode: string }) => i.AssetCode)).toEqual(['PC-001', 'PC-002', 'PC-003']);
  });

  test('verbose format: the same error in the verbose shape {"error":{code,message}} (§3.1)', async () => {
    await list().items.add({ AssetCode: 'PC-001' });
    const verbose = admin.using(InjectHeaders({ Accept: 'application/json;odata=verbose' }));
    const f = await failure(verbose.web.lists.getByTitle('Assets').items.add({ AssetCode: 'PC-001' }));
    expect(f.status).toBe(500);
    expect(f.body).toEqual({ error: duplicate('管理コード') });
  });

  test('validateUpdateListItem with a duplicate value: no recorded SPO answer → 501, nothing saved', async () => {
    await list().items.add({ AssetCode: 'PC-001' });
    await list().items.add({ AssetCode: 'PC-002' });
    expect((await failure(list().items.getById(2).validateUpdateListItem([{ FieldName: 'AssetCode', FieldValue: 'PC-001' }]))).status).toBe(501);
    expect((await failure(list().items.getById(2).validateUpdateListItem([{ FieldName: 'AssetCode', FieldValue: 'PC-001' }], true))).status).toBe(501);
    expect((await list().items.getById(2).select('AssetCode')()).AssetCode).toBe('PC-002');
    await list().items.getById(2).validateUpdateListItem([{ FieldName: 'AssetCode', FieldValue: 'PC-002' }, { FieldName: 'Title', FieldValue: 't' }]);
  });

  test('a unique column created later (fields MERGE EnforceUniqueValues) is enforced from then on', async () => {
    await list().items.add({ Note0: 'x' });
    await list().fields.getByInternalNameOrTitle('Note0').update({ Indexed: true, EnforceUniqueValues: true });
    expect((await failure(list().items.add({ Note0: 'X' }))).status).toBe(500);
  });
});

describe('single line of text over 255 characters', () => {
  let sb: Sandbox;
  let admin: SPFI;
  const list = (): ReturnType<SPFI['web']['lists']['getByTitle']> => admin.web.lists.getByTitle('Notes');
  const invalidText = {
    code: '-2130575336, Microsoft.SharePoint.SPException',
    message: { lang: 'en-US', value: 'Invalid text value.\n\nA text field contains invalid data. Please check the value and try again.' },
  };

  beforeEach(async () => {
    sb = newSandbox();
    admin = spAs(sb, 'admin');
    await admin.web.lists.add('Notes');
    await list().fields.addText('Short0');
    await list().fields.addMultilineText('Long0');
  });
  afterEach(() => sb.close());

  test('add or MERGE with 256 characters in a Text column → 500 "Invalid text value" naming no field [separator UNVERIFIED]; nothing written', async () => {
    await list().items.add({ Title: 'x'.repeat(255), Short0: 'y'.repeat(255) });
    const add = await failure(list().items.add({ Title: 'ok', Short0: 'y'.repeat(256) }));
    expect(add.status).toBe(500);
    expect(add.body).toEqual({ 'odata.error': invalidText });
    const merge = await failure(list().items.getById(1).update({ Title: 'x'.repeat(256) }));
    expect(merge.body).toEqual({ 'odata.error': invalidText });
    expect((await list().select('ItemCount')()).ItemCount).toBe(1);
    expect((await list().items.getById(1).select('Title')()).Title).toHaveLength(255);
  });

  test('multiple lines of text takes long values', async () => {
    await list().items.add({ Long0: 'z'.repeat(5000) });
    expect((await list().items.getById(1).select('Long0')()).Long0).toHaveLength(5000);
  });

  test('validateUpdateListItem with a 256-character text value: no recorded SPO answer → 501, nothing saved', async () => {
    await list().items.add({ Title: 'before' });
    const f = await failure(list().items.getById(1).validateUpdateListItem([{ FieldName: 'Title', FieldValue: 'x'.repeat(256) }]));
    expect(f.status).toBe(501);
    expect((await list().items.getById(1).select('Title')()).Title).toBe('before');
  });
});
