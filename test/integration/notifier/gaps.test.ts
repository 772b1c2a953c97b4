/**
 * Where the notifier relies on a SharePoint behaviour the sandbox does not have yet (sandbox gaps, reported to
 * its owner). The notifier is written to be correct either way; these tests state the SharePoint fact and flip
 * to passing when the sandbox catches up.
 */
import { harness, IHarness } from './harness';

describe('sandbox gaps the notifier works around', () => {
  let h: IHarness;
  beforeAll(async () => {
    h = await harness({ pollMs: 0 });
  }, 60_000);
  afterAll(() => h.sb.close());

  test('provisioning marks the delivery key column unique and indexed', async () => {
    const f = await h.app.web.getList('/sites/opsdesk/Lists/OpsNotificationLog').fields.getByInternalNameOrTitle('OpsDeliveryKey').select('EnforceUniqueValues', 'Indexed')();
    expect(f).toMatchObject({ EnforceUniqueValues: true, Indexed: true });
  });

  // Sandbox gap: EnforceUniqueValues is reported but not enforced on items.add. SharePoint Online refuses the
  // second add (SPDuplicateValuesFoundException), which is how a claim fails atomically there. DeliveryLog is
  // correct either way ("lowest id wins, later duplicates withdraw"); un-skip when the sandbox enforces it.
  test.skip('[sandbox gap] SharePoint refuses a second item with the same value in a unique column (the atomic claim)', async () => {
    const log = h.app.web.getList('/sites/opsdesk/Lists/OpsNotificationLog');
    const item = { Title: 'k', OpsDeliveryKey: 'gap|unique', OpsNotificationKind: 'x', OpsRecipient: 'r', OpsDeliveryState: 'claimed' };
    await log.items.add(item);
    expect(await log.items.add(item).then(() => 'accepted', (e: { status: number }) => e.status)).not.toBe('accepted');
  });
});
