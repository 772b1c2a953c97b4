import { execFileSync } from 'child_process';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { teamsSchemaErrors } from './teamsSchema';

// The .sppkg is what an ICT center admin uploads to the app catalog, so these assertions read the built package
// itself, not the sources it came from. `.ci/run` builds it before the tests; a bare `npm test` builds it here.
const root = path.join(__dirname, '../..');
// OPSDESK_SPPKG checks a package built elsewhere (a release artifact) with the same assertions.
const sppkg = process.env.OPSDESK_SPPKG || path.join(root, 'sharepoint/solution/opsdesk.sppkg');

interface IComponentManifest {
  id: string;
  alias: string;
  supportedHosts: string[];
  preconfiguredEntries: Array<{ title: Record<string, string>; description: Record<string, string> }>;
}

let manifests: IComponentManifest[] = [];
let appManifest = '';
let zip: JSZip;

function decodeXmlAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

beforeAll(async () => {
  if (!fs.existsSync(sppkg)) {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  }
  zip = await JSZip.loadAsync(fs.readFileSync(sppkg));
  appManifest = await zip.file('AppManifest.xml')!.async('string');
  const parts = Object.keys(zip.files).filter((name) => /\/WebPart_[0-9a-f-]+\.xml$/.test(name));
  manifests = await Promise.all(
    parts.map(async (name) => {
      const xml = await zip.file(name)!.async('string');
      const match = /ComponentManifest="([^"]*)"/.exec(xml);
      if (!match) throw new Error(`${name} has no ComponentManifest`);
      return JSON.parse(decodeXmlAttribute(match[1])) as IComponentManifest;
    })
  );
}, 240000);

describe('opsdesk.sppkg', () => {
  test('contains the five registers and my work', () => {
    expect(manifests.map((m) => m.alias).sort()).toEqual([
      'DocumentRegisterWebPart',
      'InquiryQueueWebPart',
      'IssueRegisterWebPart',
      'KnowledgeBaseWebPart',
      'MyWorkWebPart',
      'ServiceCatalogWebPart'
    ]);
  });

  test('every web part has a Japanese title and description for ja-JP and an English default', () => {
    for (const m of manifests) {
      const entry = m.preconfiguredEntries[0];
      expect(entry.title['ja-JP']).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(entry.description['ja-JP']).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(entry.title.default).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  test('the Japanese titles are the registers of the guideline', () => {
    const titles = manifests.map((m) => m.preconfiguredEntries[0].title['ja-JP']).sort();
    expect(titles).toEqual(['よくある質問', 'サービスカタログ', '問い合わせ管理', '文書管理簿', '課題管理一覧', '自分の作業'].sort());
  });

  test('is tenant-deployable without feature activation (skipFeatureDeployment)', () => {
    expect(appManifest).toMatch(/SkipFeatureDeployment="true"/i);
  });

  // Vendors work in Teams through the one opsdesk Teams app, whose tabs are "my work"; the registers are SharePoint
  // pages (a channel can still show one with Teams' own SharePoint page tab, which needs no Teams host).
  test('declares the hosts each web part is used in', () => {
    const hosts: Record<string, string[]> = {};
    for (const m of manifests) hosts[m.alias] = m.supportedHosts.slice().sort();
    const sharePoint = ['SharePointFullPage', 'SharePointWebPart'];
    expect(hosts).toEqual({
      MyWorkWebPart: ['SharePointFullPage', 'SharePointWebPart', 'TeamsPersonalApp', 'TeamsTab'],
      InquiryQueueWebPart: sharePoint,
      IssueRegisterWebPart: sharePoint,
      ServiceCatalogWebPart: sharePoint,
      KnowledgeBaseWebPart: sharePoint,
      DocumentRegisterWebPart: sharePoint
    });
  });

  test('is not domain-isolated (isolated web parts were retired in 2025/2026)', () => {
    expect(appManifest).toMatch(/IsDomainIsolated="false"/);
  });

  test('carries the developer section Teams shows on install', () => {
    const match = /<DeveloperProperties>([^<]*)<\/DeveloperProperties>/.exec(appManifest);
    expect(match).not.toBeNull();
    const developer = JSON.parse(decodeXmlAttribute(match![1])) as Record<string, string>;
    expect(developer.name).toBe('opsdesk contributors');
    for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) expect(developer[key]).toMatch(/^https:\/\/\S+$/);
    expect(developer.mpnId).toBe('');
  });

  test('ships the opsdesk Teams app (TeamsSPFxApp.zip) that validates against the Teams manifest schema', async () => {
    const packaged = zip.file('ClientSideAssets/TeamsSPFxApp.zip');
    expect(packaged).not.toBeNull();
    const bytes = await packaged!.async('nodebuffer');
    expect(bytes.equals(fs.readFileSync(path.join(root, 'teams/TeamsSPFxApp.zip')))).toBe(true);
    const teamsZip = await JSZip.loadAsync(bytes);
    const manifest = JSON.parse(await teamsZip.file('manifest.json')!.async('string')) as { manifestVersion: string; staticTabs: Array<{ contentUrl?: string }> };
    expect(teamsSchemaErrors(manifest, manifest.manifestVersion, 'manifest')).toEqual([]);
    const myWork = manifests.filter((m) => m.alias === 'MyWorkWebPart')[0];
    expect(manifest.staticTabs[0].contentUrl).toContain(`componentId=${myWork.id}`);
    for (const icon of ['color', 'outline']) expect(zip.file(`ClientSideAssets/${myWork.id}_${icon}.png`)).not.toBeNull();
  });
});
