/**
 * Governed issue changes in the browser: the owning vendor cannot change the due date directly — it proposes the
 * change with a reason; the ICT center (the approver) approves it, and only then the issue's due date changes.
 */
import { IBrowserSession, launch, screenshot, signIn } from './browser';

let session: IBrowserSession;

beforeAll(async () => {
  session = await launch();
});

afterAll(async () => {
  await session?.close();
});

// a 単独利用領域 issue: by the §8 matrix the ICT center approves its governed changes (shared-area ones: the department)
const ISSUE = '生活保護システムの月次統計で受給世帯数が二重に計上される';

function dateKeyInDays(days: number): string {
  // JST calendar date, as the register shows it
  return new Date(Date.now() + 9 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

test('a vendor proposes a due-date change on its issue; the ICT center approves it and the due date changes', async () => {
  const newDue = dateKeyInDays(40);
  const shown = newDue.replace(/-/g, '/');

  // 1. vendor A (the owner) proposes the new due date with a reason
  const vendor = await signIn(session, 'vendorA');
  await vendor.open('issueRegister');
  await vendor.page.getByText(ISSUE, { exact: true }).first().click();
  await vendor.page.getByRole('radio', { name: '期限' }).check();
  await vendor.page.getByLabel(/変更後の値/).fill(newDue);
  await vendor.page.getByRole('textbox', { name: '変更理由' }).fill('再集計の対象が過去6か月分に広がったため、作業期間を延長します。');
  await vendor.page.getByRole('button', { name: '変更を申請' }).click();
  // the panel now shows the change as pending; the agreed due date stays in force until approval
  await vendor.page.getByText(`変更後: ${shown}`).waitFor();
  await vendor.page.getByText('この変更を承認・却下できるのは ICTセンター です。').waitFor();
  await screenshot(vendor.page, 'issue-1-vendor-proposal');
  await vendor.context.close();

  // 2. the ICT center sees it waiting for approval and approves it
  const ict = await signIn(session, 'ict');
  await ict.open('issueRegister');
  await ict.page.getByRole('tab', { name: '承認待ち' }).click();
  await ict.page.getByText(ISSUE, { exact: true }).first().click();
  await ict.page.getByText(`変更後: ${shown}`).waitFor();
  await screenshot(ict.page, 'issue-2-ict-pending');
  await ict.page.getByRole('button', { name: '承認', exact: true }).click();
  await ict.page.getByText(`変更後: ${shown}`).waitFor({ state: 'detached' });
  await screenshot(ict.page, 'issue-3-ict-approved');
  await ict.context.close();

  // 3. the register now shows the approved due date, for the vendor too
  const again = await signIn(session, 'vendorA');
  await again.open('issueRegister');
  await again.page.getByRole('row').filter({ hasText: ISSUE }).getByText(shown).waitFor();
  await screenshot(again.page, 'issue-4-register-after');
  await again.context.close();
});
