/**
 * The inquiry round trip across people, in a real browser: department staff file an inquiry; the notifier
 * (list webhook → GetChanges → routing → item permissions → Graph mail) hands it to the system's vendor; the
 * vendor sees it and the notification in their mailbox; the other vendor cannot see it at all (SharePoint
 * item permissions, enforced by the sandbox — not by the page).
 */
import { toPayload } from '../../src/data/fieldValues';
import { INQUIRY_CATEGORY_LABELS, INQUIRY_STATUS_LABELS } from '../../src/domain/vocabulary';
import { InquiriesList, SystemsList } from '../../src/schema';
import { IBrowserSession, launch, screenshot, signIn } from './browser';
import { listPath, restGet, restPost } from './rest';
import { testNeeding } from './state';

let session: IBrowserSession;

beforeAll(async () => {
  session = await launch();
});

afterAll(async () => {
  await session?.close();
});

const SUBJECT = `E2E 住民票の写しの交付履歴が表示されない ${Date.now().toString(36)}`;

testNeeding('currentUserGroups')('an inquiry filed by department staff reaches the assigned vendor with a mail, and vendor B cannot see it', async () => {
  // 1. staffA (住民課) files an inquiry about 住民記録システム, whose ASP is vendor A (みどりシステムズ).
  //    Filed through the page's REST session until the inquiry form is in the web part (see the todo below).
  const staff = await signIn(session, 'staffA');
  const systems = await restGet<{ value: { Id: number }[] }>(
    staff.page,
    `${listPath(SystemsList.url)}/items?$select=Id&$filter=${SystemsList.fields.code.internalName} eq 'JUMIN'`,
  );
  const me = await restGet<{ Id: number }>(staff.page, 'web/currentuser?$select=Id');
  await restPost(staff.page, `${listPath(InquiriesList.url)}/items`, toPayload(InquiriesList, {
    body: '<p>窓口で交付履歴の照会をすると、該当なしと表示されます。</p>',
    system: systems.value[0].Id,
    category: INQUIRY_CATEGORY_LABELS.fault.ja,
    status: INQUIRY_STATUS_LABELS.received.ja,
    requester: me.Id,
    receivedAt: new Date().toISOString(),
  }, SUBJECT));
  await staff.open('inquiryQueue');
  await staff.page.getByText(SUBJECT).waitFor();
  await staff.context.close();

  // 2. vendor A sees it in the queue once the notifier has routed it and set its permissions
  const vendorA = await signIn(session, 'vendorA');
  let seen = false;
  for (let i = 0; i < 30 && !seen; i++) {
    await vendorA.open('inquiryQueue');
    await vendorA.page.getByText('問い合わせ管理').first().waitFor();
    await vendorA.page.waitForLoadState('networkidle');
    seen = (await vendorA.page.getByText(SUBJECT).count()) > 0;
    if (!seen) await vendorA.page.waitForTimeout(1000);
  }
  expect(seen).toBe(true);
  await screenshot(vendorA.page, 'inquiry-vendorA-queue');

  // ... and the assignment mail in their Graph inbox
  await vendorA.open('mail');
  await vendorA.page.getByTestId('mail-subject').filter({ hasText: SUBJECT }).first().waitFor();
  await vendorA.page.getByTestId('mail-subject').filter({ hasText: SUBJECT }).first().click();
  await vendorA.page.getByTestId('mail-body').waitFor();
  await screenshot(vendorA.page, 'inquiry-vendorA-mail');
  await vendorA.context.close();

  // 3. vendor B (さくらITサービス) cannot see it: not in the queue, and a direct read is refused/not found
  const vendorB = await signIn(session, 'vendorB');
  await vendorB.open('inquiryQueue');
  await vendorB.page.getByText('税額の更正処理で延滞金が自動計算されない').waitFor();
  expect(await vendorB.page.getByText(SUBJECT).count()).toBe(0);
  const direct = await vendorB.page.evaluate(async (url: string) => (await fetch(url, { headers: { Accept: 'application/json' } })).json(), `/sites/opsdesk/_api/${listPath(InquiriesList.url)}/items?$select=Title`);
  expect(JSON.stringify(direct)).not.toContain(SUBJECT);
  await screenshot(vendorB.page, 'inquiry-vendorB-queue');
  await vendorB.context.close();
});

test.todo('department staff raise the inquiry with the queue\'s new-inquiry form (waiting for the inquiry form in InquiryQueue to land)');
test.todo('the assigned vendor records the first response in the detail panel and the status becomes 一次回答済 (waiting for the inquiry detail panel/actions to land)');
