import type { SchemaListRepository } from '../../../src/data/SchemaListRepository';
import type { ISchemaItem } from '../../../src/data/fieldValues';

export type DeliveryState = 'claimed' | 'sent' | 'failed';

export interface IDeliveryClaim {
  deliveryKey: string;
  kind: string;
  recipient: string;
  itemRef: string;
}

/** The outcome of a claim: `mine` with the log entry to mark, or why not. */
export type ClaimResult =
  | { mine: true; id: number; etag?: string }
  | { mine: false; why: 'sent' | 'inFlight' | 'failedRecently' };

export interface IDeliveryLogOptions {
  /** Asks the mail system whether a stale claim's mail went out after all (see IMailer.wasSent). */
  wasSent?: (deliveryKey: string, since: Date) => Promise<boolean>;
  /** A claim older than this without a `sent` mark is taken to be from a crashed run and may be taken over. */
  claimTimeoutMs: number;
  /** How long a failed send waits before another attempt. */
  retryAfterMs: number;
  maxAttempts: number;
}

/**
 * The notification log as an exactly-once gate: a mail is sent only by whoever added (or, after a crash, took
 * over with an ETag-guarded update) the log entry for its delivery key. SharePoint enforces the key column's
 * uniqueness, so a second add fails; should uniqueness ever be missing (a log list edited by hand), the lowest item id
 * with the key wins and a later duplicate withdraws its own entry, which gives the same answer to every claimant.
 */
export class DeliveryLog {
  constructor(private readonly repo: SchemaListRepository, private readonly now: () => Date, private readonly options: IDeliveryLogOptions) {}

  private async entries(deliveryKey: string): Promise<ISchemaItem[]> {
    return this.repo.all({ filter: this.repo.filter.eq('deliveryKey', deliveryKey), orderBy: [['id', true]], keys: ['deliveryKey', 'state', 'attempts', 'sentAt'] });
  }

  public async claim(c: IDeliveryClaim): Promise<ClaimResult> {
    // Most repeated decisions (replayed changes, sweeps over escalated items) find their entry here and stop.
    const before = await this.entries(c.deliveryKey);
    if (before.length > 0) return this.takeOver(before[0]);
    let added: { id: number; etag?: string } | undefined;
    try {
      added = await this.repo.add(
        { deliveryKey: c.deliveryKey, kind: c.kind, recipient: c.recipient.slice(0, 255), itemRef: c.itemRef, state: 'claimed', attempts: 1 },
        c.deliveryKey.slice(0, 255)
      );
    } catch (e) {
      // A unique-value violation (or any failure) is resolved by reading what is there.
      const existing = await this.entries(c.deliveryKey);
      if (existing.length === 0) throw e;
    }
    const all = await this.entries(c.deliveryKey);
    const first = all[0];
    if (added && first && first.id === added.id) return { mine: true, id: added.id, etag: added.etag };
    if (added) {
      const mineNow = all.find((x) => x.id === added!.id);
      if (mineNow && mineNow.etag) await this.repo.remove(added.id, mineNow.etag);
    }
    if (!first) throw new Error(`delivery log entry for ${c.deliveryKey} vanished`);
    return this.takeOver(first);
  }

  /** A claim on an existing entry: only a stale claim or a failed send that may be retried is taken over. */
  private async takeOver(entry: ISchemaItem): Promise<ClaimResult> {
    const state = entry.values.state as DeliveryState;
    if (state === 'sent') return { mine: false, why: 'sent' };
    const age = this.now().getTime() - new Date(entry.modified || 0).getTime();
    const attempts = Number(entry.values.attempts || 0);
    if (state === 'claimed' && age < this.options.claimTimeoutMs) return { mine: false, why: 'inFlight' };
    if (state === 'failed' && (age < this.options.retryAfterMs || attempts >= this.options.maxAttempts)) return { mine: false, why: 'failedRecently' };
    if (this.options.wasSent) {
      // The claimant crashed (or its send timed out). If the mail left the mailbox anyway, only the `sent` mark
      // is missing: write it and send nothing.
      const claimedAt = new Date(new Date(entry.created || entry.modified || 0).getTime() - 60_000);
      let sent = false;
      try {
        sent = await this.options.wasSent(String(entry.values.deliveryKey), claimedAt);
      } catch {
        // Unknown (no permission to read Sent Items, Graph down): fall back to resending, i.e. at least once.
      }
      if (sent) {
        await this.repo.update(entry.id, entry.etag || '*', { state: 'sent', sentAt: this.now().toISOString(), lastError: 'sent mark recovered from Sent Items' });
        return { mine: false, why: 'sent' };
      }
    }
    try {
      // ETag-guarded: of two processes taking over the same stale entry, one gets 412 and backs off.
      const etag = await this.repo.update(entry.id, entry.etag || '*', { state: 'claimed', attempts: attempts + 1 });
      return { mine: true, id: entry.id, etag };
    } catch (e) {
      if ((e as { kind?: string }).kind === 'conflict') return { mine: false, why: 'inFlight' };
      throw e;
    }
  }

  public async markSent(id: number): Promise<void> {
    await this.repo.update(id, '*', { state: 'sent', sentAt: this.now().toISOString(), lastError: null });
  }

  public async markFailed(id: number, error: string): Promise<void> {
    await this.repo.update(id, '*', { state: 'failed', lastError: error.slice(0, 4000) });
  }

  /** Entries to look at again in the sweep: claims and failures not yet sent. */
  public async unfinished(): Promise<ISchemaItem[]> {
    const f = this.repo.filter;
    return this.repo.all({ filter: `(${f.eq('state', 'claimed')}) or (${f.eq('state', 'failed')})`, keys: ['deliveryKey', 'kind', 'recipient', 'itemRef', 'state', 'attempts'] });
  }
}
