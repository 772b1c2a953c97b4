import { execFileSync } from 'child_process';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';

// The .sppkg is what an ICT center admin uploads to the app catalog, so these assertions read the built package
// itself, not the sources it came from. `.ci/run` builds it before the tests; a bare `npm test` builds it here.
const root = path.join(__dirname, '../..');
const sppkg = path.join(root, 'sharepoint/solution/opsdesk.sppkg');

interface IComponentManifest {
  id: string;
  alias: string;
  supportedHosts: string[];
  preconfiguredEntries: Array<{ title: Record<string, string>; description: Record<string, string> }>;
}

let manifests: IComponentManifest[] = [];
let appManifest = '';

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
  const zip = await JSZip.loadAsync(fs.readFileSync(sppkg));
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
  test('contains the five opsdesk web parts', () => {
    expect(manifests.map((m) => m.alias).sort()).toEqual([
      'DocumentRegisterWebPart',
      'InquiryQueueWebPart',
      'IssueRegisterWebPart',
      'KnowledgeBaseWebPart',
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
    expect(titles).toEqual(['よくある質問', 'サービスカタログ', '問い合わせ管理', '文書管理簿', '課題管理一覧'].sort());
  });

  test('is tenant-deployable without feature activation (skipFeatureDeployment)', () => {
    expect(appManifest).toMatch(/SkipFeatureDeployment="true"/i);
  });
});
