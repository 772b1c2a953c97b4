/**
 * The inquiry round trip across people, in a real browser: department staff raise an inquiry with the queue's
 * form; the notifier (list webhook → GetChanges → routing → item permissions → Graph mail) hands it to the
 * system's vendor; the vendor sees it and the notification in their mailbox and records the first response;
 * the other vendor cannot see it at all (SharePoint item permissions, enforced by the sandbox — not the page).
 */
import type { Page } from 'playwright-core';
import { InquiriesList } from '../../src/schema';
import { IBrowserSession, IUserPage, launch, screenshot, signIn } from './browser';
import { listPath } from './rest';
import { testNeeding } from './state';

let session: IBrowserSession;

beforeAll(async () => {
  session = await launch();
});

afterAll(async () => {
  await session?.close();
});

// each e2e run starts from a fresh database, so the subject needs no uniqueness suffix
const SUBJECT = '住民票の写しの交付履歴が表示されない';

/** Reloads the queue until the row appears: the notifier works asynchronously, as in SharePoint. */
async function waitForRow(user: IUserPage, text: string, tries = 30): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    await user.open('inquiryQueue');
    await user.page.getByText('問い合わせ管理').first().waitFor();
    await user.page.waitForLoadState('networkidle');
    if ((await user.page.getByText(text, { exact: true }).count()) > 0) return true;
    await user.page.waitForTimeout(1000);
  }
  await screenshot(user.page, 'inquiry-not-found');
  return false;
}

async function pick(page: Page, combobox: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option }).click();
}

testNeeding('currentUserGroups')('department staff raise an inquiry; the assigned vendor sees it and the mail, records the first response; vendor B cannot see it', async () => {
  // 1. staffA (住民課) raises an inquiry about 住民記録システム, whose ASP is vendor A (みどりシステムズ)
  const staff = await signIn(session, 'staffA');
  await staff.open('inquiryQueue');
  await staff.page.getByRole('button', { name: '新しい問い合わせ' }).or(staff.page.getByRole('menuitem', { name: '新しい問い合わせ' })).first().click();
  await staff.page.getByText('問い合わせの登録').waitFor();
  await pick(staff.page, '業務システム', '住民記録システム');
  await pick(staff.page, '種別', '障害・不具合');
  await staff.page.getByRole('textbox', { name: '件名' }).fill(SUBJECT);
  await staff.page.getByRole('textbox', { name: '内容' }).click();
  await staff.page.keyboard.type('窓口で交付履歴を照会すると「該当なし」と表示されます。');
  await screenshot(staff.page, 'inquiry-1-staff-form');
  await staff.page.getByRole('button', { name: '登録', exact: true }).click();
  await staff.page.getByText(/問い合わせ #\d+ を登録しました/).waitFor();
  await screenshot(staff.page, 'inquiry-2-staff-registered');
  await staff.context.close();

  // 2. vendor A sees it once the notifier has routed it and set its permissions …
  const vendorA = await signIn(session, 'vendorA');
  expect(await waitForRow(vendorA, SUBJECT)).toBe(true);
  await screenshot(vendorA.page, 'inquiry-3-vendorA-queue');

  // … and the assignment mail in their Graph inbox
  await vendorA.open('mail');
  const mail = vendorA.page.getByTestId('mail-subject').filter({ hasText: SUBJECT }).first();
  await mail.waitFor();
  await mail.click();
  await vendorA.page.getByTestId('mail-body').waitFor();
  await screenshot(vendorA.page, 'inquiry-4-vendorA-mail');

  // 3. vendor A records the first response in the detail panel
  expect(await waitForRow(vendorA, SUBJECT, 5)).toBe(true);
  await vendorA.page.getByText(SUBJECT, { exact: true }).first().click();
  await vendorA.page.getByRole('button', { name: '一次回答を記録' }).click();
  await vendorA.page.getByRole('textbox', { name: '一次回答の内容' }).click();
  await vendorA.page.keyboard.type('ご連絡ありがとうございます。交付履歴の連携処理を確認しています。本日中に状況をご連絡します。');
  await vendorA.page.getByRole('button', { name: '実行' }).click();
  await vendorA.page.getByText('「一次回答を記録」を保存しました。').waitFor();
  await screenshot(vendorA.page, 'inquiry-5-vendorA-first-response');
  await vendorA.context.close();

  // the requester sees the new state
  const staffAgain = await signIn(session, 'staffA');
  await staffAgain.open('inquiryQueue');
  await staffAgain.page.getByRole('row').filter({ hasText: SUBJECT }).getByText('一次回答済').waitFor();
  await staffAgain.context.close();

  // 4. vendor B (さくらITサービス) cannot see it: not in the queue, and not through REST either
  const vendorB = await signIn(session, 'vendorB');
  await vendorB.open('inquiryQueue');
  await vendorB.page.getByText('問い合わせ管理').first().waitFor();
  await vendorB.page.waitForLoadState('networkidle');
  expect(await vendorB.page.getByText(SUBJECT).count()).toBe(0);
  const direct = await vendorB.page.evaluate(
    async (url: string) => (await fetch(url, { headers: { Accept: 'application/json;odata=nometadata' } })).text(),
    `/sites/opsdesk/_api/${listPath(InquiriesList.url)}/items?$select=Title&$top=500`,
  );
  expect(direct).not.toContain(SUBJECT);
  await screenshot(vendorB.page, 'inquiry-6-vendorB-queue');
  await vendorB.context.close();
});
