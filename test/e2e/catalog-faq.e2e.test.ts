/**
 * Self-service: the catalog leads to an inquiry already about the right service; the FAQ answers first.
 */
import { IBrowserSession, launch, screenshot, signIn } from './browser';

let session: IBrowserSession;

beforeAll(async () => {
  session = await launch();
});

afterAll(async () => {
  await session?.close();
});

test('department staff browse the catalog and raise an inquiry from a service: the form opens with that service chosen', async () => {
  const staff = await signIn(session, 'staffA');
  await staff.open('serviceCatalog');
  await staff.page.getByRole('searchbox').or(staff.page.getByPlaceholder('サービス名・内容・提供者で検索')).first().fill('住民記録');
  await staff.page.getByText('住民記録システム 操作支援').first().waitFor();
  expect(await staff.page.getByText('税務システム 操作支援').count()).toBe(0);
  const raise = staff.page.getByText('このサービスについて問い合わせる');
  if ((await raise.count()) === 0) await staff.page.getByText('詳細を表示').first().click();
  await screenshot(staff.page, 'catalog-1-search');
  await raise.first().click();

  // the inquiry page, opened for that service (?service=<id>, src/ui/inquiryLink.ts)
  await staff.page.waitForURL(/[?&]service=\d+.*#inquiryQueue$/);
  await staff.page.getByText('問い合わせ管理').first().waitFor();
  // … which opens its new-inquiry form with the service (and so its system) already chosen
  await staff.page.getByText('問い合わせの登録').waitFor();
  await staff.page.getByRole('combobox', { name: 'サービス' }).getByText('住民記録システム 操作支援').waitFor();
  await staff.page.getByRole('combobox', { name: '業務システム' }).getByText('住民記録システム').waitFor();
  await staff.page.getByRole('combobox', { name: '種別' }).click();
  await staff.page.getByRole('option', { name: '操作方法' }).click();
  const subject = '住民票コードの記載を省略した写しの出し方';
  await staff.page.getByRole('textbox', { name: '件名' }).fill(subject);
  await staff.page.getByRole('textbox', { name: '内容' }).click();
  await staff.page.keyboard.type('窓口で住民票コードを省略した写しを求められました。画面での指定方法を教えてください。');
  await screenshot(staff.page, 'catalog-2-inquiry-form');
  await staff.page.getByRole('button', { name: '登録', exact: true }).click();
  await staff.page.getByText(/問い合わせ #\d+ を登録しました/).waitFor();
  await staff.page.getByText(subject, { exact: true }).first().waitFor();
  await screenshot(staff.page, 'catalog-3-inquiry-registered');
  await staff.context.close();
});

test('department staff search the FAQ in Japanese and read an answer; drafts stay hidden', async () => {
  const staff = await signIn(session, 'staffA');
  await staff.open('knowledgeBase');
  await staff.page.getByText('税額通知書の再発行手順').waitFor();
  expect(await staff.page.getByText('介護保険の旧様式帳票について（下書き）').count()).toBe(0);
  await staff.page.getByPlaceholder('キーワードで検索（例: パスワード VPN）').fill('印刷');
  await staff.page.getByText('仮想端末（VDI）で印刷できない').waitFor();
  await staff.page.getByText('税額通知書の再発行手順').waitFor({ state: 'detached' });
  await staff.page.getByText('仮想端末（VDI）で印刷できない').click();
  await staff.page.getByText(/既定のプリンタ/).waitFor();
  await screenshot(staff.page, 'faq-search');
  await staff.context.close();
});

