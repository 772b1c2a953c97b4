import * as fs from 'fs';
import * as path from 'path';

/**
 * The opsdesk Teams app (TeamsSPFxApp.zip), built from the SPFx sources so that names, descriptions, the
 * developer section and the component id cannot drift from the .sppkg.
 *
 * Why our own package instead of SharePoint's "Sync to Teams" generation: generation makes one Teams app per
 * Teams-enabled web part and names it after that web part; we want one "opsdesk" app whose personal app and
 * channel tab are "my work", in Japanese first with English, with the developer and privacy links of the
 * solution. See README "Deploying to a real tenant".
 */

const root = path.join(__dirname, '..', '..');

/** The Teams app id (not a web part id: the app could host more tabs later). */
export const TEAMS_APP_ID = 'a431644c-cfbf-4221-971b-49ada9ab0b37';
/** The manifest schema version we emit and validate against. */
export const TEAMS_MANIFEST_VERSION = '1.17';
/** The SharePoint Online first-party app: SPFx tabs get SharePoint tokens through it in the rich clients. */
export const SHAREPOINT_ONLINE_APP_ID = '00000003-0000-0ff1-ce00-000000000000';

interface IPackageSolution {
  solution: {
    name: string;
    id: string;
    version: string;
    developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string; mpnId?: string };
  };
}

interface IWebPartManifest {
  id: string;
  alias: string;
  supportedHosts: string[];
  preconfiguredEntries: Array<{ title: Record<string, string>; description: Record<string, string> }>;
}

function readJson<T>(relative: string): T {
  return JSON.parse(fs.readFileSync(path.join(root, relative), 'utf8')) as T;
}

export function readPackageSolution(): IPackageSolution {
  return readJson<IPackageSolution>('config/package-solution.json');
}

export function readMyWorkManifest(): IWebPartManifest {
  return readJson<IWebPartManifest>('src/webparts/myWork/MyWorkWebPart.manifest.json');
}

/** The SPFx host page for a personal tab (docs: "Deployment options for SPFx solutions for Microsoft Teams"). */
export function personalTabUrl(componentId: string): string {
  return (
    'https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/_layouts/15/teamshostedapp.aspx%3Fteams%26personal' +
    `%26componentId=${componentId}%26forceLocale={locale}`
  );
}

/** The SPFx host page for a channel / group chat tab; its configuration page is the web part's property pane. */
export function configurableTabUrl(componentId: string): string {
  return (
    'https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}/_layouts/15/teamshostedapp.aspx' +
    `%3FopenPropertyPane=true%26teams%26componentId=${componentId}%26forceLocale={locale}`
  );
}

/** 1.0.0.0 → 1.0.0: Teams wants semver, the .sppkg has four parts. */
export function teamsVersion(solutionVersion: string): string {
  return solutionVersion.split('.').slice(0, 3).join('.');
}

const NAME = { ja: { short: 'opsdesk', full: 'opsdesk 運用管理' }, en: { short: 'opsdesk', full: 'opsdesk operations desk' } };
const DESCRIPTION = {
  ja: {
    short: '問い合わせ・課題・変更提案のうち自分が対応するものを Teams で確認します。',
    full:
      'opsdesk は区の ICT センターが運用業務（問い合わせ管理・課題管理・サービスカタログ・ナレッジ・文書管理）を SharePoint で行うためのソリューションです。' +
      'この Teams アプリは「自分の作業」を個人用アプリとチャネルのタブで表示します：担当の問い合わせと一次回答期限、担当・承認が必要な課題、承認待ちの自分の変更提案。' +
      'データと権限は opsdesk の SharePoint サイトにあり、事業者は自社に共有された項目だけを読めます。'
  },
  en: {
    short: 'Your inquiries, issues and proposals from opsdesk, in Teams.',
    full:
      'opsdesk runs a ward ICT center\'s operations (inquiries, issues, service catalog, knowledge, documents) on SharePoint. ' +
      'This Teams app shows "My work" as a personal app and a channel tab: the inquiries assigned to you with their first-response ' +
      'targets, the issues you own or must approve, and your change proposals awaiting a decision. Data and permissions stay on the ' +
      'opsdesk SharePoint site; vendors read only what is shared with their company.'
  }
};

// Domains the SPFx host pages and sign-in navigate through (as in the manifests SharePoint generates).
const VALID_DOMAINS = ['*.login.microsoftonline.com', '*.sharepoint.com', '*.sharepoint-df.com', 'spoppe-a.akamaihd.net', 'spoprod-a.akamaihd.net', 'resourceseeker.officeapps.live.com', '*.office.com'];

export const LOCALIZATION_FILE = 'en-us.json';

/** manifest.json of TeamsSPFxApp.zip (Japanese strings; English in en-us.json). */
export function buildTeamsManifest(): Record<string, unknown> {
  const { solution } = readPackageSolution();
  const myWork = readMyWorkManifest();
  const entry = myWork.preconfiguredEntries[0];
  const developer: Record<string, string> = {
    name: solution.developer.name,
    websiteUrl: solution.developer.websiteUrl,
    privacyUrl: solution.developer.privacyUrl,
    termsOfUseUrl: solution.developer.termsOfUseUrl
  };
  if (solution.developer.mpnId) developer.mpnId = solution.developer.mpnId;
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${TEAMS_MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: TEAMS_MANIFEST_VERSION,
    version: teamsVersion(solution.version),
    id: TEAMS_APP_ID,
    developer,
    name: NAME.ja,
    description: DESCRIPTION.ja,
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#5B5FC7',
    staticTabs: [
      { entityId: 'opsdesk-my-work', name: entry.title['ja-JP'], contentUrl: personalTabUrl(myWork.id), scopes: ['personal'] },
      { entityId: 'about', scopes: ['personal'] }
    ],
    configurableTabs: [{ configurationUrl: configurableTabUrl(myWork.id), canUpdateConfiguration: true, scopes: ['team', 'groupChat'] }],
    validDomains: VALID_DOMAINS,
    webApplicationInfo: { resource: 'https://{teamSiteDomain}', id: SHAREPOINT_ONLINE_APP_ID },
    localizationInfo: { defaultLanguageTag: 'ja-jp', additionalLanguages: [{ languageTag: 'en-us', file: LOCALIZATION_FILE }] }
  };
}

/** en-us.json: the English strings of the manifest. */
export function buildEnglishLocalization(): Record<string, string> {
  const entry = readMyWorkManifest().preconfiguredEntries[0];
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${TEAMS_MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`,
    'name.short': NAME.en.short,
    'name.full': NAME.en.full,
    'description.short': DESCRIPTION.en.short,
    'description.full': DESCRIPTION.en.full,
    'staticTabs[0].name': entry.title['en-US']
  };
}
