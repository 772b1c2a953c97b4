/**
 * The local workbench page: hosts the opsdesk web parts as a SharePoint page would, with the sandbox (same
 * origin) as their SharePoint. Identity is the sandbox's dev cookie `sandbox-user`, so switching user changes
 * who SharePoint thinks is signed in: the sandbox enforces the permissions, not this page.
 * URL: ?lang=ja|en (UI language), ?as=<user key> (sign in as), #<page> (which web part), and the Teams hook
 * ?host=teams&theme=dark (issue #9: renders without the SharePoint chrome, in the Teams dark theme).
 */
import {
  createTheme, DefaultButton, Dropdown, IDropdownOption, initializeIcons, Pivot, PivotItem, Stack, Text, ThemeProvider,
} from '@fluentui/react';
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { createBrowserSp } from '../../src/data/pnp';
import { uiStrings } from '../../src/ui/uiStrings';
import { IWebPartServices } from '../../src/webparts/shared/OpsdeskWebPart';
import { DIRECTORY } from '../../sandbox/src/identity';
import { Mailbox } from './Mailbox';
import { HOSTED_WEBPARTS, HostedWebPart, IFakeSpfxContext } from './webparts';
import { DEMO_USERS, roleLabel } from './users';

declare global {
  interface Window {
    __opsdeskLocale?: string;
    __opsdeskLoc?: Record<string, Record<string, unknown>>;
    __workbench?: { user: string; lang: string; siteUrl: string };
  }
}

const SITE_PATH = '/sites/opsdesk';
const DEFAULT_PAGE = 'inquiryQueue';
const COOKIE = 'sandbox-user';
const LANG_KEY = 'opsdesk-workbench-lang';

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return undefined;
}

function signInAs(key: string): void {
  document.cookie = `${COOKIE}=${encodeURIComponent(key)}; path=/; SameSite=Lax`;
}

const params = new URLSearchParams(location.search);
// ?as= and ?lang= are applied, then dropped from the URL, so a reload keeps whatever was chosen last
const asParam = params.get('as');
if (asParam) signInAs(asParam);
if (!readCookie(COOKIE)) signInAs('ict');
const langParam = params.get('lang');
if (langParam === 'ja' || langParam === 'en') localStorage.setItem(LANG_KEY, langParam);
if (asParam || langParam) {
  params.delete('as');
  params.delete('lang');
  history.replaceState(null, '', `${location.pathname}${params.toString() ? `?${params}` : ''}${location.hash}`);
}
const lang: 'ja' | 'en' = localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'ja';
// the web parts' `XxxWebPartStrings` modules read this when the bundle first evaluates them
window.__opsdeskLocale = lang === 'en' ? 'en-us' : 'ja-jp';
document.documentElement.lang = lang;

const isTeams = params.get('host') === 'teams';
const dark = params.get('theme') === 'dark';

// SharePoint pages register the Fluent MDL2 icon font; here it is served from the package, not a CDN
initializeIcons('/_workbench/fonts/', { disableWarnings: true });

const T = {
  ja: { title: 'opsdesk ローカル ワークベンチ', signedInAs: 'サインイン中', switchUser: 'ユーザーを切り替え', mail: 'メール', lang: 'English', site: 'サイト' },
  en: { title: 'opsdesk local workbench', signedInAs: 'Signed in as', switchUser: 'Switch user', mail: 'Mail', lang: '日本語', site: 'Site' },
};

const darkTheme = createTheme({
  palette: {
    themePrimary: '#7f85f5', neutralPrimary: '#ffffff', neutralLighter: '#292929', neutralLight: '#333333',
    white: '#1f1f1f', black: '#ffffff', neutralDark: '#f0f0f0', neutralSecondary: '#d6d6d6',
  },
  semanticColors: { bodyBackground: '#1f1f1f', bodyText: '#ffffff' },
});

function App(): JSX.Element {
  const userKey = readCookie(COOKIE) || 'ict';
  const user = DIRECTORY.find(d => d.key === userKey);
  const t = T[lang];
  const siteUrl = `${location.origin}${SITE_PATH}`;
  const [page, setPage] = React.useState<string>(location.hash.replace(/^#\/?/, '') || DEFAULT_PAGE);

  React.useEffect(() => {
    const onHash = (): void => setPage(location.hash.replace(/^#\/?/, '') || DEFAULT_PAGE);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // One SPFI per page load, as a web part builds one in onInit; only this line differs from SharePoint.
  const services = React.useMemo<IWebPartServices>(() => ({
    sp: createBrowserSp(siteUrl),
    webServerRelativeUrl: SITE_PATH,
    locale: lang,
    ui: uiStrings(lang),
  }), [siteUrl]);
  const context = React.useMemo<IFakeSpfxContext>(() => ({
    pageContext: {
      web: { absoluteUrl: siteUrl, serverRelativeUrl: SITE_PATH, title: 'opsdesk' },
      site: { absoluteUrl: siteUrl, serverRelativeUrl: SITE_PATH },
      user: {
        displayName: user?.displayName ?? userKey, email: user?.mail ?? '',
        loginName: user ? `i:0#.f|membership|${user.userPrincipalName.toLowerCase()}` : userKey, isExternalGuestUser: !!user?.guest,
      },
      cultureInfo: { currentUICultureName: lang === 'en' ? 'en-US' : 'ja-JP', currentCultureName: 'ja-JP' },
    },
    // the Teams hook (issue #9): TeamsJS v2 as SPFx hands it to a web part hosted in a Teams tab
    sdks: isTeams ? {
      microsoftTeams: {
        teamsJs: { app: { getContext: async () => ({ app: { theme: dark ? 'dark' : 'default', host: { name: 'teams' } } }), registerOnThemeChangeHandler: (): void => undefined } },
      },
    } : {},
  }), [siteUrl, user, userKey]);

  window.__workbench = { user: userKey, lang, siteUrl };

  const options: IDropdownOption[] = DEMO_USERS.map(u => ({ key: u.key, text: `${u.label[lang]} — ${DIRECTORY.find(d => d.key === u.key)?.displayName ?? u.key}` }));
  const hosted = HOSTED_WEBPARTS.find(w => w.key === page);
  const go = (key: string): void => { location.hash = `#${key}`; };

  const body = (
    <Stack tokens={{ childrenGap: 16 }} styles={{ root: { padding: isTeams ? 12 : '16px 32px', minHeight: '100vh', boxSizing: 'border-box' } }}>
      {!isTeams && (
        <Stack horizontal wrap verticalAlign="center" horizontalAlign="space-between" tokens={{ childrenGap: 16 }}
          styles={{ root: { background: '#0f6cbd', color: '#fff', margin: '-16px -32px 0', padding: '10px 32px' } }}>
          <Text variant="large" styles={{ root: { color: '#fff', fontWeight: 600 } }}>{t.title}</Text>
          <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 12 }}>
            <Text styles={{ root: { color: '#fff' } }} data-testid="current-user">
              {`${t.signedInAs}: ${user?.displayName ?? userKey}（${roleLabel(userKey, lang)}）`}
            </Text>
            <Dropdown
              data-testid="user-switcher"
              ariaLabel={t.switchUser}
              placeholder={t.switchUser}
              selectedKey={DEMO_USERS.some(u => u.key === userKey) ? userKey : undefined}
              options={options}
              styles={{ root: { minWidth: 320 } }}
              onChange={(_, o) => { if (o) { signInAs(String(o.key)); location.reload(); } }}
            />
            <DefaultButton data-testid="lang-switch" text={t.lang} onClick={() => { localStorage.setItem(LANG_KEY, lang === 'ja' ? 'en' : 'ja'); location.reload(); }} />
          </Stack>
        </Stack>
      )}
      <Pivot selectedKey={page} onLinkClick={item => item && go(String(item.props.itemKey))} headersOnly data-testid="workbench-nav">
        {HOSTED_WEBPARTS.map(w => <PivotItem key={w.key} itemKey={w.key} headerText={w.title[lang]} />)}
        <PivotItem itemKey="mail" headerText={t.mail} />
      </Pivot>
      <div data-testid={`page-${page}`} key={page} style={{ background: dark ? '#292929' : '#fff', padding: 16, boxShadow: '0 1px 2px rgba(0,0,0,.1)' }}>
        {page === 'mail' ? <Mailbox lang={lang} /> : hosted ? <div data-webpart={hosted.key}><HostedWebPart part={hosted} services={services} context={context} /></div> : null}
      </div>
    </Stack>
  );
  // the shell wraps its root in the site's (or Teams') theme the same way
  return dark ? <ThemeProvider theme={darkTheme} applyTo="body">{body}</ThemeProvider> : body;
}

ReactDom.render(<App />, document.getElementById('workbench-root'));
