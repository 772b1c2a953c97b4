import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createSandbox } from '../../../sandbox/src';
import { spAs } from './clients';

describe('restart persistence (issue: "survives a restart with all data, subscriptions and change tokens")', () => {
  let dir: string;
  beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opsdesk-sandbox-')); });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('lists, fields, items, permissions, subscriptions, queued notifications and change tokens survive close/reopen', async () => {
    const dbPath = path.join(dir, 'opsdesk.db');
    const delivered: string[] = [];
    const deliver = async (url: string, init: RequestInit): Promise<Response> => {
      const token = new URL(url).searchParams.get('validationtoken');
      if (token) return new Response(token, { status: 200 });
      delivered.push(String(init.body));
      return new Response(null, { status: 202 });
    };
    const opts = { dbPath, deliver, webhookRetry: { pollMs: 0, batchDelayMs: 0 } };

    const first = createSandbox(opts);
    const sp1 = spAs(first, { app: true });
    await sp1.web.lists.add('Tasks');
    await sp1.web.lists.getByTitle('Tasks').fields.addText('Code', { Indexed: true });
    const sub = await sp1.web.lists.getByTitle('Tasks').subscriptions.add('https://notifier.example/hook', new Date(Date.now() + 86_400_000).toISOString());
    const { CurrentChangeToken } = await sp1.web.lists.getByTitle('Tasks').select('CurrentChangeToken')();
    await sp1.web.lists.getByTitle('Tasks').items.add({ Title: 'before restart', Code: 'A1' });
    await sp1.web.lists.getByTitle('Tasks').items.getById(1).breakRoleInheritance(false, false);
    first.close(); // the notification for the add is still queued

    const second = createSandbox(opts);
    const sp2 = spAs(second, { app: true });
    const items = await sp2.web.lists.getByTitle('Tasks').items.filter("Code eq 'A1'").select('Title', 'HasUniqueRoleAssignments')();
    expect(items).toEqual([expect.objectContaining({ Title: 'before restart', HasUniqueRoleAssignments: true })]);
    expect((await sp2.web.lists.getByTitle('Tasks').subscriptions()).map(s => s.id)).toEqual([sub.id]);
    const changes = await sp2.web.lists.getByTitle('Tasks').getChanges({ Add: true, Item: true, ChangeTokenStart: CurrentChangeToken });
    expect(changes.map((c: { ItemId: number }) => c.ItemId)).toEqual([1]);
    expect(await second.flushWebhooks()).toBe(1);
    expect(JSON.parse(delivered[0]).value[0].subscriptionId).toBe(sub.id);
    expect(await second.flushWebhooks()).toBe(0); // not sent twice
    // the staffA view of an item whose inheritance was broken before the restart
    expect(await spAs(second, 'staffA').web.lists.getByTitle('Tasks').items().catch(e => e.status)).toBe(403);
    second.close();
  });
});
