/**
 * SharePoint behaviours the notifier relies on that the sandbox once lacked (sandbox gaps, reported to its owner).
 * The notifier is written to be correct either way; these tests state the SharePoint fact.
 */
import { harness, IHarness } from './harness';
import { SchemaListRepository } from '../../../src/data/SchemaListRepository';
import { listByKey } from '../../../src/schema';
import { DeliveryLog } from '../../../notifier/src/adapters/DeliveryLog';

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

  // Was a sandbox gap (EnforceUniqueValues reported but not enforced); the sandbox now answers as SharePoint Online
  // does (nittygritty-uk/Atvero-Issues#135: 500 SPDuplicateValuesFoundException), which is how a claim fails
  // atomically there.
  test('SharePoint refuses a second item with the same value in a unique column (the atomic claim)', async () => {
    const log = h.app.web.getList('/sites/opsdesk/Lists/OpsNotificationLog');
    const item = { Title: 'k', OpsDeliveryKey: 'gap|unique', OpsNotificationKind: 'x', OpsRecipient: 'r', OpsDeliveryState: 'claimed' };
    await log.items.add(item);
    const refused = await log.items.add({ ...item, OpsDeliveryKey: 'GAP|UNIQUE' }).then(
      () => 'accepted',
      (e: { status: number; message: string }) => `${e.status} ${/SPDuplicateValuesFoundException/.test(e.message) ? 'duplicate' : e.message}`
    );
    expect(refused).toBe('500 duplicate');
  });

  test('concurrent claims of one delivery key: exactly one wins, the others see it in flight, one log entry', async () => {
    const repo = new SchemaListRepository(h.app, '/sites/opsdesk', listByKey('notificationLog'));
    const log = new DeliveryLog(repo, () => new Date(), { claimTimeoutMs: 10 * 60_000, retryAfterMs: 60_000, maxAttempts: 3 });
    const claim = { deliveryKey: 'race|inquiry|1|a@x', kind: 'assigned', recipient: 'a@x', itemRef: 'inquiries:1' };
    const results = await Promise.all([log.claim(claim), log.claim(claim), log.claim(claim)]);
    expect(results.filter((r) => r.mine)).toHaveLength(1);
    expect(results.filter((r) => !r.mine).map((r) => (r.mine ? '' : r.why))).toEqual(['inFlight', 'inFlight']);
    expect(await repo.all({ filter: repo.filter.eq('deliveryKey', claim.deliveryKey), keys: ['deliveryKey'] })).toHaveLength(1);
  });
});
