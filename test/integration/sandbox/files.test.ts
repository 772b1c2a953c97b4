import { SPFI } from '@pnp/sp';
import { Sandbox } from '../../../sandbox/src';
import { newSandbox, spAs, failure } from './clients';

describe('document library files and folders (sharepoint-rest.md §11)', () => {
  let sb: Sandbox;
  let sp: SPFI;

  beforeEach(async () => {
    sb = newSandbox();
    sp = spAs(sb, 'admin');
    await sp.web.lists.add('Docs', '', 101, false);
  });
  afterEach(() => sb.close());

  test('web.folders.addUsingPath with %2F-encoded server-relative path → SP.Folder (§11, §1.2 encodePath)', async () => {
    const f = await sp.web.folders.addUsingPath('/sites/opsdesk/Docs/New Folder');
    expect(f).toMatchObject({ Name: 'New Folder', ServerRelativeUrl: '/sites/opsdesk/Docs/New Folder', Exists: true, ItemCount: 0 });
    expect(f['odata.id']).toMatch(/^http:\/\/localhost:4580\/sites\/opsdesk\/_api\//);
  });

  test('files.addUsingPath with a non-ASCII name, raw body under a JSON Content-Type → SP.File with braced ETag and Int64 Length string (§11 SPOREC)', async () => {
    await sp.web.folders.addUsingPath('/sites/opsdesk/Docs/報告');
    const file = await sp.web.getFolderByServerRelativePath('/sites/opsdesk/Docs/報告').files.addUsingPath('報告書 (1).txt', '{"not":"json"', { Overwrite: true });
    expect(file).toMatchObject({ Name: '報告書 (1).txt', ServerRelativeUrl: '/sites/opsdesk/Docs/報告/報告書 (1).txt', Length: '13', UIVersionLabel: '1.0', MajorVersion: 1, CheckOutType: 2 });
    expect(file.ETag).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);
    expect(await sp.web.getFileByServerRelativePath(file.ServerRelativeUrl).getText()).toBe('{"not":"json"');
  });

  test('file.getItem() re-addresses the item from odata.metadata + odata.editLink and updates it (§1.5, §11)', async () => {
    const file = await sp.web.getFolderByServerRelativePath('/sites/opsdesk/Docs').files.addUsingPath('a.txt', 'x');
    const item = await sp.web.getFileByServerRelativePath(file.ServerRelativeUrl).getItem<{ Id: number }>('Id', 'Title');
    expect(item.Id).toBe(1);
    const r = await item.update({ Title: '設計書' });
    expect(r.etag).toMatch(/^"[0-9a-f-]{36},2"$/);
    const again = await sp.web.lists.getByTitle('Docs').items.getById(1).select('Title', 'FileLeafRef')();
    expect(again).toMatchObject({ Title: '設計書', FileLeafRef: 'a.txt' });
  });

  test('addChunked: stub, startUpload/continueUpload (Int64 strings)/finishUpload assemble the file (§11)', async () => {
    const size = 2_500_000;
    const data = new Uint8Array(size).map((_, i) => i % 251);
    const file = await sp.web.getFolderByServerRelativePath('/sites/opsdesk/Docs').files.addChunked('big.bin', new Blob([data]), { chunkSize: 1_000_000 });
    expect(file.Length).toBe(String(size));
    const buf = new Uint8Array(await sp.web.getFileByServerRelativePath('/sites/opsdesk/Docs/big.bin').getBuffer());
    expect(buf.length).toBe(size);
    expect(buf[1_234_567]).toBe(1_234_567 % 251);
  });

  test('existing file without Overwrite → error; setContent adds a version listed by versions() (§11) [UNVERIFIED error code]', async () => {
    const folder = sp.web.getFolderByServerRelativePath('/sites/opsdesk/Docs');
    await folder.files.addUsingPath('v.txt', 'one');
    const f = await failure(folder.files.addUsingPath('v.txt', 'two'));
    expect(f.status).toBe(400);
    await sp.web.getFileByServerRelativePath('/sites/opsdesk/Docs/v.txt').setContent('two');
    const versions = await sp.web.getFileByServerRelativePath('/sites/opsdesk/Docs/v.txt').versions();
    expect(versions.map(v => v.VersionLabel)).toEqual(['1.0']);
    expect(await sp.web.getFileByServerRelativePath('/sites/opsdesk/Docs/v.txt').getText()).toBe('two');
  });

  test('an edit of a document\'s properties is a version too: versions() lists it with the bytes it kept (§9.3, §11) [UNVERIFIED for SP.FileVersion]', async () => {
    const folder = sp.web.getFolderByServerRelativePath('/sites/opsdesk/Docs');
    await folder.files.addUsingPath('m.txt', 'one');
    const file = sp.web.getFileByServerRelativePath('/sites/opsdesk/Docs/m.txt');
    await (await file.getItem()).update({ Title: 'properties only' });
    await file.setContent('three');
    await (await file.getItem()).update({ Title: 'after upload' });
    const versions = await file.versions();
    expect(versions.map(v => [v.VersionLabel, v.Size, v.IsCurrentVersion])).toEqual([['1.0', 3, false], ['2.0', 3, false], ['3.0', 5, false]]);
    expect((await file.select('UIVersionLabel')()).UIVersionLabel).toBe('4.0');
    const itemVersions = (await (await file.getItem()).versions()) as { VersionLabel: string }[];
    expect(itemVersions.map(v => v.VersionLabel)).toEqual(['4.0', '3.0', '2.0', '1.0']);
  });

  test('missing file → 404 -2130575338 "The file … does not exist."; missing folder → 404 File Not Found. (§3.2)', async () => {
    const f = await failure(sp.web.getFileByServerRelativePath('/sites/opsdesk/Docs/x.pdf')());
    expect(f.status).toBe(404);
    expect(f.body['odata.error']).toEqual({ code: '-2130575338, Microsoft.SharePoint.SPException', message: { lang: 'en-US', value: 'The file /sites/opsdesk/Docs/x.pdf does not exist.' } });
    const g = await failure(sp.web.getFolderByServerRelativePath('/sites/opsdesk/Docs/none')());
    expect(g.status).toBe(404);
    expect(g.body['odata.error']).toEqual({ code: '-2147024894, System.IO.FileNotFoundException', message: { lang: 'en-US', value: 'File Not Found.' } });
  });

  test('file.delete with IF-Match * → 200 and the file is gone (§11)', async () => {
    await sp.web.getFolderByServerRelativePath('/sites/opsdesk/Docs').files.addUsingPath('d.txt', 'x');
    await sp.web.getFileByServerRelativePath('/sites/opsdesk/Docs/d.txt').delete();
    expect((await failure(sp.web.getFileByServerRelativePath('/sites/opsdesk/Docs/d.txt')())).status).toBe(404);
  });
});
