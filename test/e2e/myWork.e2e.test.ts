/**
 * "My work" as a vendor sees it in Teams: the workbench's Teams mode (?host=teams&theme=dark) hands the web part
 * TeamsJS the way SPFx does in a Teams tab (context.sdks.microsoftTeams), without the SharePoint chrome.
 */
import { IBrowserSession, launch, screenshot, signIn } from './browser';
import { testNeeding } from './state';

let session: IBrowserSession;

beforeAll(async () => {
  session = await launch();
});

afterAll(async () => {
  await session?.close();
});

test('in Teams mode the web part detects Teams and renders on the Teams dark surface, without the SharePoint header', async () => {
  const { page, open, context, errors } = await signIn(session, 'vendorA');
  await open('myWork', '?host=teams&theme=dark');
  const root = page.locator('[data-opsdesk-host="teams"]');
  await root.waitFor();
  expect(await root.getAttribute('data-teams-theme')).toBe('dark');
  const colors = await root.evaluate((el) => {
    const style = getComputedStyle(el);
    return { background: style.backgroundColor, color: style.color };
  });
  expect(colors).toEqual({ background: 'rgb(31, 31, 31)', color: 'rgb(255, 255, 255)' });
  await page.getByRole('heading', { name: '自分の作業' }).waitFor();
  expect(await page.getByTestId('current-user').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

testNeeding('currentUserGroups')('a guest vendor sees the inquiries assigned to them with SLA badges, and not another vendor’s (screenshot)', async () => {
  const { page, open, context, errors } = await signIn(session, 'vendorA');
  await open('myWork', '?host=teams&theme=dark');
  const overdue = page.locator('li', { hasText: '戸籍附票の連携エラーが朝から継続している' });
  await overdue.waitFor();
  // received 72 hours ago with a 4-business-hour target: overdue whatever the time of day
  expect(await overdue.locator('[data-sla-state]').getAttribute('data-sla-state')).toBe('breached');
  await page.getByText('住民票コードの再付番の手順を教えてください').waitFor();
  // assigned to vendor B: SharePoint (the sandbox) does not even return it to vendor A
  expect(await page.getByText('税額の更正処理で延滞金が自動計算されない').count()).toBe(0);
  // resolved inquiries are not work any more
  expect(await page.getByText('証明書のコンビニ交付の停止時間を確認したい').count()).toBe(0);
  await screenshot(page, 'my-work-teams-dark');
  expect(errors).toEqual([]);
  await context.close();
});
