/**
 * The local workbench as a newcomer uses it: the registers of the seeded ward in Japanese, served by the
 * sandbox on the same origin, with identities that the sandbox (not the page) enforces.
 */
import * as fs from 'fs';
import * as path from 'path';
import { IBrowserSession, launch, screenshot, signIn } from './browser';
import { testNeeding } from './state';

let session: IBrowserSession;

beforeAll(async () => {
  session = await launch();
});

afterAll(async () => {
  await session?.close();
});

testNeeding('currentUserGroups')('the ICT center sees the open inquiry queue of the seeded ward, in Japanese (README screenshot)', async () => {
  const { page, errors, context } = await signIn(session, 'ict');
  await page.getByText('問い合わせ管理').first().waitFor();
  // an inquiry filed by department staff and one overdue for first response
  await page.getByText('戸籍附票の連携エラーが朝から継続している').waitFor();
  await page.getByText('税額の更正処理で延滞金が自動計算されない').waitFor();
  const file = await screenshot(page, 'inquiry-queue');
  if (process.env.OPSDESK_UPDATE_SCREENSHOTS === '1') {
    const readme = path.resolve(__dirname, '..', '..', 'docs', 'screenshots', 'inquiry-queue.png');
    fs.mkdirSync(path.dirname(readme), { recursive: true });
    fs.copyFileSync(file, readme);
  }
  expect(errors).toEqual([]);
  await context.close();
});

test('switching user in the header changes who SharePoint (the sandbox) thinks is signed in', async () => {
  const { page, context } = await signIn(session, 'ict');
  await page.getByTestId('current-user').getByText('佐藤 花子').waitFor();
  await page.getByRole('combobox', { name: 'ユーザーを切り替え' }).click();
  await page.getByRole('option', { name: /業務所管課（住民課）/ }).click();
  await page.getByTestId('current-user').getByText('鈴木 一郎').waitFor();
  // the page's own PnPjs calls now carry staffA's cookie: the sandbox answers as staffA
  const me = await page.evaluate(async () => {
    const r = await fetch('/sites/opsdesk/_api/web/currentuser?$select=Title', { headers: { Accept: 'application/json;odata=nometadata' } });
    return ((await r.json()) as { Title: string }).Title;
  });
  expect(me).toBe('鈴木 一郎');
  await context.close();
});

test('the document register and the issue register render for the ICT center', async () => {
  const { page, open, context } = await signIn(session, 'ict');
  await open('issueRegister');
  await page.getByText('住民票の写しの一括印刷が遅い（100件で約15分）').waitFor();
  await screenshot(page, 'issues');
  await open('documentRegister');
  await page.getByText('DOC-JUMIN-001').waitFor();
  await screenshot(page, 'documents');
  await context.close();
});

test('the language switch shows the same page in English', async () => {
  const { page, context } = await signIn(session, 'ict', 'en');
  await page.getByText('Signed in as').waitFor();
  await page.getByRole('tab', { name: 'Inquiries' }).waitFor();
  await page.getByTestId('lang-switch').click();
  await page.getByText('サインイン中').waitFor();
  await context.close();
});

test('the mailbox shows the signed-in user\'s Graph inbox', async () => {
  const { page, open, context } = await signIn(session, 'vendorA');
  await open('mail');
  await page.getByTestId('mailbox').waitFor();
  await page.getByText('メール（受信トレイ）').waitFor();
  await screenshot(page, 'mailbox');
  await context.close();
});
