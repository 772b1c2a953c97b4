/**
 * Builds a notifier against a provisioned sandbox through the real clients: PnPjs (app-only, in-process) and
 * @microsoft/microsoft-graph-client (sandbox middleware). Seeds the reference data an inquiry needs.
 */
import { Client } from '@microsoft/microsoft-graph-client';
import type { Queryable } from '@pnp/queryable';
import { sandboxGraphMiddleware, sandboxToken, findDirectoryUser, loginNameOf } from '../../../sandbox/src';
import type { Sandbox, SandboxIdentity, IWebhookOptions } from '../../../sandbox/src';
import { createBrowserSp } from '../../../provisioning/src/pnp';
import type { SPFI } from '../../../provisioning/src/pnp';
import { toPayload } from '../../../src/data/fieldValues';
import type { WriteValues } from '../../../src/data/fieldValues';
import { listByKey } from '../../../src/schema';
import { provisionedSandbox } from '../../support/provisionedSandbox';
import type { IProvisionedSandbox } from '../../support/provisionedSandbox';
import { createNotifier } from '../../../notifier/src';
import type { INotifier, INotifierOptions } from '../../../notifier/src';

export const SENDER = 'opsdesk-admin@midoriku.example';
export const CLIENT_STATE = 'test-client-state-7b1c';
export const NOTIFICATION_URL = 'http://notifier.test/api/webhook';

export interface IMail {
  subject: string;
  body: { content: string };
  toRecipients: { emailAddress: { address: string } }[];
}

/** The webhook target the sandbox delivers to; tests swap the notifier (restart) or make it unreachable. */
export interface IReceiver {
  notifier?: INotifier;
  /** Deliveries (not the handshake) refused while > 0, as when the notifier is down. */
  failNext: number;
  deliveries: number;
}

export interface IHarness extends IProvisionedSandbox {
  receiver: IReceiver;
  app: SPFI;
  graph: Client;
  ids: { systemA: number; systemB: number; serviceA: number; users: Record<string, number> };
  notifier(extra?: Partial<INotifierOptions>): INotifier;
  add(listKey: string, identity: SandboxIdentity, values: WriteValues, title: string): Promise<number>;
  read(listKey: string, identity: SandboxIdentity, id: number): Promise<Record<string, unknown> | number>;
  outbox(): Promise<IMail[]>;
}

/** A PnPjs client as the app that stops answering (like a killed process) once `dead()` says so. */
export function killableAppSp(sb: Sandbox, dead: (url: string, init: RequestInit) => boolean, deadAlready: () => boolean = () => false): SPFI {
  let killed = false;
  const pipe = (instance: Queryable): Queryable => {
    instance.on.send.replace(async (url: URL, init: RequestInit): Promise<Response> => {
      if (killed || deadAlready()) throw new TypeError('fetch failed (notifier process killed)');
      const headers = new Headers(init.headers as HeadersInit | undefined);
      headers.set('Authorization', `Bearer ${sandboxToken({ app: true })}`);
      const res = await sb.handle(new Request(url.toString(), { ...init, headers }));
      if (dead(url.toString(), init)) killed = true;
      return res;
    });
    return instance;
  };
  return createBrowserSp(sb.siteUrl, pipe);
}

export type AddItem = (listKey: string, identity: SandboxIdentity, values: WriteValues, title: string) => Promise<number>;

/** Site users, two systems (one per vendor), a service on office hours, one routing rule (system A → vendorA). */
export async function seedReferenceData(sb: Sandbox, spAs: (identity: SandboxIdentity) => SPFI): Promise<{ ids: IHarness['ids']; add: AddItem }> {
  const app = spAs({ app: true });
  const users: Record<string, number> = {};
  for (const key of ['ict', 'ict2', 'staffA', 'staffB', 'vendorA', 'vendorA2', 'vendorB', 'csp']) {
    users[key] = (await app.web.ensureUser(loginNameOf(findDirectoryUser(key)!))).Id;
  }
  const add: AddItem = async (listKey, identity, values, title) => {
    const list = listByKey(listKey);
    const created = await spAs(identity).web.getList(`${new URL(sb.siteUrl).pathname}/${list.url}`).items.add(toPayload(list, values, title));
    return Number(created.Id ?? created.ID);
  };
  const systemA = await add('systems', { app: true }, { code: 'JUKI', owningDepartment: '住民課', vendorKey: 'midori-systems', area: '共同利用領域' }, '住民記録システム');
  const systemB = await add('systems', { app: true }, { code: 'ZEIMU', owningDepartment: '税務課', vendorKey: 'sakura-its', area: '単独利用領域' }, '税務システム');
  const serviceA = await add('services', { app: true }, {
    code: 'SVC-JUKI', category: '業務システム', summary: '住民記録システムの運用', providerKind: 'ASP', providerName: 'みどりシステムズ株式会社',
    vendorKey: 'midori-systems', owner: users.ict, calendarId: 'officeHours', firstResponseTarget: 240, lifecycle: '提供中'
  }, '住民記録システム運用');
  await add('routingRules', { app: true }, { order: 10, system: systemA, vendorKey: 'midori-systems', assignee: users.vendorA, active: true }, '住民記録 → みどりシステムズ');
  return { ids: { systemA, systemB, serviceA, users }, add };
}

export async function readOutbox(sb: Sandbox): Promise<IMail[]> {
  const res = await sb.handle(new Request(`${sb.origin}/_sandbox/outbox`));
  return ((await res.json()) as { value: IMail[] }).value;
}

export async function harness(webhook: Partial<IWebhookOptions> = { batchDelayMs: 0, retryDelayMs: 0, pollMs: 25 }): Promise<IHarness> {
  const receiver: IReceiver = { failNext: 0, deliveries: 0 };
  const deliver = async (url: string, init: RequestInit): Promise<Response> => {
    const isHandshake = /validationtoken=/i.test(url);
    if (!isHandshake) {
      receiver.deliveries++;
      if (receiver.failNext > 0) {
        receiver.failNext--;
        throw new TypeError('connect ECONNREFUSED (notifier down)');
      }
    }
    if (!receiver.notifier) throw new TypeError('connect ECONNREFUSED (no notifier)');
    const res = await receiver.notifier.handleWebhook({ method: String(init.method || 'POST'), url, body: typeof init.body === 'string' ? init.body : '' });
    return new Response(res.body, { status: res.status, headers: res.headers });
  };
  const env = await provisionedSandbox({ sandbox: { deliver, webhookRetry: webhook } });
  const app = env.spAs({ app: true });
  const graph = Client.initWithMiddleware({ baseUrl: `${env.sb.origin}/`, middleware: sandboxGraphMiddleware(env.sb, { app: true }) as never });
  const { ids, add } = await seedReferenceData(env.sb, env.spAs);
  const users = ids.users;
  const { systemA, systemB, serviceA } = ids;
  const h: IHarness = {
    ...env,
    receiver,
    app,
    graph,
    ids: { systemA, systemB, serviceA, users },
    notifier: (extra = {}) => createNotifier({
      sp: app, graph, siteUrl: env.sb.siteUrl, site: env.config, senderUpn: SENDER, clientState: CLIENT_STATE, ...extra
    }),
    add,
    async read(listKey, identity, id) {
      const list = listByKey(listKey);
      try {
        return await env.spAs(identity).web.getList(`${new URL(env.sb.siteUrl).pathname}/${list.url}`).items.getById(id)();
      } catch (e) {
        return (e as { status: number }).status;
      }
    },
    outbox: () => readOutbox(env.sb)
  };
  return h;
}

export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number, stepMs = 20): Promise<T | undefined> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, stepMs));
  }
}
