import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import * as zlib from 'zlib';
import { TEAMS_ZIP, teamsPackageFiles } from '../../../deploy/teams/buildTeamsPackage';
import { iconScanlines } from '../../../deploy/teams/icons';
import { readMyWorkManifest, readPackageSolution, TEAMS_MANIFEST_VERSION } from '../../../deploy/teams/teamsApp';
import { teamsSchemaErrors } from '../../package/teamsSchema';

const root = path.join(__dirname, '../../..');

interface ITeamsManifest {
  manifestVersion: string;
  version: string;
  id: string;
  developer: Record<string, string>;
  staticTabs: Array<{ entityId: string; contentUrl?: string; scopes: string[] }>;
  configurableTabs: Array<{ configurationUrl: string; scopes: string[] }>;
  webApplicationInfo: { id: string; resource: string };
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: Array<{ languageTag: string; file: string }> };
}

/** The inflated IDAT data of a PNG. */
function pixels(png: Buffer): Buffer {
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return zlib.inflateSync(Buffer.concat(idat));
}

function webPartManifests(): Array<{ id: string; alias: string; supportedHosts: string[] }> {
  const dir = path.join(root, 'src/webparts');
  return fs
    .readdirSync(dir)
    .map((name) => path.join(dir, name))
    .filter((d) => fs.statSync(d).isDirectory())
    .map((d) => fs.readdirSync(d).filter((f) => f.endsWith('.manifest.json')).map((f) => path.join(d, f)))
    .reduce((a, b) => a.concat(b), [])
    .map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
}

describe('the Teams app package (teams/TeamsSPFxApp.zip)', () => {
  let manifest: ITeamsManifest;
  let zip: JSZip;

  beforeAll(async () => {
    zip = await JSZip.loadAsync(fs.readFileSync(TEAMS_ZIP));
    manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
  });

  // Compared by content, not bytes: another Node's zlib may compress the same pixels differently.
  test('is current: the committed zip and icons hold what `npm run teams:package` builds from the sources', async () => {
    const files = teamsPackageFiles();
    expect(await zip.file('manifest.json')!.async('string')).toBe(files['manifest.json']);
    expect(await zip.file('en-us.json')!.async('string')).toBe(files['en-us.json']);
    expect(pixels(await zip.file('color.png')!.async('nodebuffer')).equals(iconScanlines('color'))).toBe(true);
    expect(pixels(await zip.file('outline.png')!.async('nodebuffer')).equals(iconScanlines('outline'))).toBe(true);
    const id = readMyWorkManifest().id;
    expect(pixels(fs.readFileSync(path.join(root, 'teams', `${id}_color.png`))).equals(iconScanlines('color'))).toBe(true);
    expect(pixels(fs.readFileSync(path.join(root, 'teams', `${id}_outline.png`))).equals(iconScanlines('outline'))).toBe(true);
  });

  test('holds manifest.json, its localization and both icons at the root of the archive (no folder)', () => {
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
  });

  test(`validates against the Teams manifest schema v${TEAMS_MANIFEST_VERSION}, and so does en-us.json`, async () => {
    expect(manifest.manifestVersion).toBe(TEAMS_MANIFEST_VERSION);
    expect(teamsSchemaErrors(manifest, TEAMS_MANIFEST_VERSION, 'manifest')).toEqual([]);
    const english = JSON.parse(await zip.file('en-us.json')!.async('string'));
    expect(teamsSchemaErrors(english, TEAMS_MANIFEST_VERSION, 'localization')).toEqual([]);
    expect(manifest.localizationInfo).toEqual({ defaultLanguageTag: 'ja-jp', additionalLanguages: [{ languageTag: 'en-us', file: 'en-us.json' }] });
  });

  test('the schema check is not vacuous: a manifest without a developer or with an unknown property fails', () => {
    const broken: Record<string, unknown> = { ...manifest, unknownProperty: true };
    delete broken.developer;
    const errors = teamsSchemaErrors(broken, TEAMS_MANIFEST_VERSION, 'manifest');
    expect(errors.join('\n')).toMatch(/developer/);
    expect(errors.join('\n')).toMatch(/additional properties/);
  });

  test('takes its developer section and version from package-solution.json', () => {
    const { solution } = readPackageSolution();
    expect(manifest.developer).toEqual({
      name: 'opsdesk contributors',
      websiteUrl: solution.developer.websiteUrl,
      privacyUrl: solution.developer.privacyUrl,
      termsOfUseUrl: solution.developer.termsOfUseUrl
    });
    expect(manifest.version).toBe(solution.version.split('.').slice(0, 3).join('.'));
  });

  test('hosts only components that declare the matching supportedHosts (personal tab ↔ TeamsPersonalApp, channel tab ↔ TeamsTab)', () => {
    const byId: Record<string, string[]> = {};
    webPartManifests().forEach((m) => (byId[m.id] = m.supportedHosts));
    const componentOf = (url: string): string => /componentId=([0-9a-f-]{36})/.exec(url)![1];
    const personal = manifest.staticTabs.filter((t) => t.contentUrl);
    expect(personal.length).toBeGreaterThan(0);
    for (const tab of personal) {
      expect(tab.scopes).toEqual(['personal']);
      expect(byId[componentOf(tab.contentUrl!)]).toContain('TeamsPersonalApp');
      expect(tab.contentUrl).toMatch(/^https:\/\/\{teamSiteDomain\}\/_layouts\/15\/TeamsLogon\.aspx\?SPFX=true&dest=\/_layouts\/15\/teamshostedapp\.aspx%3Fteams%26personal%26componentId=/);
    }
    for (const tab of manifest.configurableTabs) {
      expect(byId[componentOf(tab.configurationUrl)]).toContain('TeamsTab');
      expect(tab.configurationUrl).toContain('{teamSitePath}/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=');
    }
    // rich clients get SharePoint tokens for SPFx through SharePoint Online's own app id
    expect(manifest.webApplicationInfo).toEqual({ resource: 'https://{teamSiteDomain}', id: '00000003-0000-0ff1-ce00-000000000000' });
  });

  test('every web part that declares a Teams host is reachable from this app (nothing declared but unreachable)', () => {
    const urls = manifest.staticTabs.map((t) => t.contentUrl || '').concat(manifest.configurableTabs.map((t) => t.configurationUrl));
    for (const m of webPartManifests()) {
      if (m.supportedHosts.indexOf('TeamsPersonalApp') >= 0) expect(manifest.staticTabs.some((t) => (t.contentUrl || '').indexOf(m.id) >= 0)).toBe(true);
      if (m.supportedHosts.indexOf('TeamsTab') >= 0) expect(manifest.configurableTabs.some((t) => t.configurationUrl.indexOf(m.id) >= 0)).toBe(true);
      if (m.supportedHosts.indexOf('TeamsPersonalApp') < 0 && m.supportedHosts.indexOf('TeamsTab') < 0) expect(urls.some((u) => u.indexOf(m.id) >= 0)).toBe(false);
    }
  });

  test('icons are PNGs of the sizes Teams requires: 192×192 colour, 32×32 outline with transparency', async () => {
    const size = (png: Buffer): [number, number, number] => [png.readUInt32BE(16), png.readUInt32BE(20), png[25]];
    expect(size(await zip.file('color.png')!.async('nodebuffer'))).toEqual([192, 192, 6]);
    const outline = await zip.file('outline.png')!.async('nodebuffer');
    expect(size(outline)).toEqual([32, 32, 6]);
  });
});
