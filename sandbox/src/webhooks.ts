import { randomUUID } from 'crypto';
import type { Db } from './store/db';
import { TENANT_ID } from './identity';
import type { Site } from './sp/site';

/**
 * List webhooks (sharepoint-rest.md §12.2–12.3): validation handshake on create, queued notifications
 * collapsed per subscription, delivered after a batching delay, retried on failure. The queue lives in SQLite,
 * so a restart neither loses nor duplicates a pending notification. Defaults are SPO's values.
 */
export interface IWebhookOptions {
  /** "once each minute, this queue is read" — delay between a change and its notification (ms) */
  batchDelayMs: number;
  /** retries after a failed delivery: "5 times, 5 minutes apart" */
  maxRetries: number;
  retryDelayMs: number;
  /** receiver must answer within 5 s (validation and delivery) */
  timeoutMs: number;
  /** how often the background loop looks for due notifications; 0 disables the loop */
  pollMs: number;
}

const DEFAULTS: IWebhookOptions = { batchDelayMs: 60_000, maxRetries: 5, retryDelayMs: 300_000, timeoutMs: 5_000, pollMs: 1_000 };

interface ISubscriptionRow { id: string; list_id: string; notification_url: string; expiration: string; client_state: string | null }

export class Webhooks {
  private readonly opts: IWebhookOptions;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  public constructor(
    private readonly db: Db,
    private readonly site: Site,
    private readonly deliver: (url: string, init: RequestInit) => Promise<Response>,
    opts: Partial<IWebhookOptions>,
    private readonly now: () => Date,
  ) {
    this.opts = { ...DEFAULTS, ...opts };
  }

  public start(): void {
    if (this.opts.pollMs <= 0 || this.timer) return;
    this.timer = setInterval(() => { void this.flush(false); }, this.opts.pollMs);
    this.timer.unref?.();
  }

  public stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async post(url: string, init: RequestInit): Promise<Response> {
    const ac = new AbortController();
    const t = setTimeout(() => ac.abort(), this.opts.timeoutMs);
    try {
      return await this.deliver(url, { ...init, signal: ac.signal });
    } finally {
      clearTimeout(t);
    }
  }

  /** The validation handshake: `POST <url>?validationtoken=<token>`; the receiver must echo the token with 200. */
  public async validate(notificationUrl: string): Promise<boolean> {
    const token = randomUUID();
    const sep = notificationUrl.includes('?') ? '&' : '?';
    try {
      const res = await this.post(`${notificationUrl}${sep}validationtoken=${encodeURIComponent(token)}`, {
        method: 'POST', headers: { 'Content-Length': '0' },
      });
      if (res.status !== 200) return false;
      return (await res.text()).trim() === token;
    } catch {
      return false;
    }
  }

  public enqueue(listId: string): void {
    const subs = this.db.prepare('SELECT id FROM subscriptions WHERE list_id=? AND expiration>?').all(listId, this.now().toISOString()) as { id: string }[];
    const due = this.now().getTime() + this.opts.batchDelayMs;
    for (const s of subs) {
      this.db.prepare('INSERT INTO webhook_queue(subscription_id,due_at,attempts) VALUES(?,?,0) ON CONFLICT(subscription_id) DO NOTHING').run(s.id, due);
    }
  }

  /** Delivers due notifications (all queued ones when `force`); returns how many were delivered. */
  public flush(force: boolean): Promise<number> {
    if (this.running) return this.running.then(() => this.flush(force));
    this.running = this.run(force).finally(() => { this.running = null; });
    return this.running;
  }

  private async run(force: boolean): Promise<number> {
    let delivered = 0;
    let rows: { subscription_id: string; attempts: number }[];
    try {
      rows = this.db.prepare(`SELECT subscription_id, attempts FROM webhook_queue ${force ? '' : 'WHERE due_at<=?'} ORDER BY due_at`)
        .all(...(force ? [] : [this.now().getTime()])) as { subscription_id: string; attempts: number }[];
    } catch {
      return 0; // database closed
    }
    for (const row of rows) {
      const sub = this.db.prepare('SELECT * FROM subscriptions WHERE id=?').get(row.subscription_id) as ISubscriptionRow | undefined;
      if (!sub || sub.expiration <= this.now().toISOString()) {
        this.db.prepare('DELETE FROM webhook_queue WHERE subscription_id=?').run(row.subscription_id);
        continue;
      }
      const body = JSON.stringify({ value: [{
        subscriptionId: sub.id, clientState: sub.client_state, expirationDateTime: sub.expiration, resource: sub.list_id,
        tenantId: TENANT_ID, siteUrl: this.site.serverRelativeUrl, webId: this.site.webId,
      }] });
      let status: number | null = null;
      try {
        const res = await this.post(sub.notification_url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
        status = res.status;
      } catch {
        status = null;
      }
      const ok = status !== null && status >= 200 && status < 300;
      try {
        this.db.prepare('INSERT INTO webhook_log(subscription_id,time,status,attempt,delivered) VALUES(?,?,?,?,?)')
          .run(sub.id, this.now().toISOString(), status, row.attempts + 1, ok ? 1 : 0);
        if (ok || row.attempts >= this.opts.maxRetries) {
          this.db.prepare('DELETE FROM webhook_queue WHERE subscription_id=?').run(sub.id);
          if (ok) delivered++;
        } else {
          this.db.prepare('UPDATE webhook_queue SET attempts=attempts+1, due_at=? WHERE subscription_id=?')
            .run(this.now().getTime() + this.opts.retryDelayMs, sub.id);
        }
      } catch {
        return delivered;
      }
    }
    return delivered;
  }
}
