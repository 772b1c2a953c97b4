/**
 * Drives Debian's Chromium (/usr/bin/chromium) with playwright-core. One browser per test file; one context
 * per signed-in user (a context is a cookie jar, so a user switch is as real as a new sign-in).
 */
import * as fs from 'fs';
import * as path from 'path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { e2eState } from './state';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts', 'e2e');

export interface IBrowserSession {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Playwright's launch() always starts Chromium with a new empty profile of its own (a fresh --user-data-dir in
 * a temporary folder, deleted on close), so no profile leaks between runs.
 */
export async function launch(): Promise<IBrowserSession> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
    },
  };
}

export interface IUserPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
  /** opens a workbench page (the web part's folder name — #inquiryQueue, #issueRegister, #serviceCatalog, #knowledgeBase, #documentRegister, #myWork — or #mail) */
  open(pageKey: string, query?: string): Promise<void>;
}

/** A new signed-in browser context for a demo user (the sandbox's dev cookie, set through the page's ?as=). */
export async function signIn(session: IBrowserSession, userKey: string, lang: 'ja' | 'en' = 'ja'): Promise<IUserPage> {
  const context = await session.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: lang === 'ja' ? 'ja-JP' : 'en-US', timezoneId: 'Asia/Tokyo' });
  context.setDefaultTimeout(45_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', e => errors.push(e.message));
  const { workbenchUrl } = e2eState();
  await page.goto(`${workbenchUrl}?as=${encodeURIComponent(userKey)}&lang=${lang}`);
  await page.getByTestId('current-user').waitFor();
  return {
    context, page, errors,
    open: async (pageKey: string, query = '') => {
      await page.goto(`${workbenchUrl}${query}#${pageKey}`);
      await page.getByTestId(`page-${pageKey}`).waitFor();
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  // after the page's requests settle, so a list is not caught mid-refresh
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}
