/**
 * Node-side PnPjs for provisioning: the data layer's factory (which loads every selective import) plus the
 * behaviors provisioning adds at the `send` moment — request counting, throttling retries, a fault injector.
 */
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { createBrowserSp } from '../../src/data/pnp';
import type { SPFI } from '../../src/data/pnp';
import type { IRequestCounts } from './types';

export { createBrowserSp };
export type { SPFI };

type Send = (this: Queryable, url: URL, init: RequestInit) => Promise<Response>;

/** Wraps whatever currently handles `send` (fetch, the sandbox…) with `wrap`. Apply after the transport behavior. */
function wrapSend(wrap: (inner: Send) => Send): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    const [inner] = instance.on.send.toArray() as Send[];
    if (!inner) throw new Error('wrapSend: no transport registered on the send moment yet');
    instance.on.send.replace(wrap(inner) as never);
    return instance;
  };
}

function isTransportOnly(url: string): boolean {
  return /\/_api\/(\$batch|contextinfo)(\?|$)/i.test(url);
}

export function newCounts(): IRequestCounts {
  return { http: 0, reads: 0, writes: 0 };
}

/**
 * Counts requests: `http` at the send moment (what leaves the process: one per $batch, one per retry),
 * `reads`/`writes` per logical operation at the pre moment (batched operations included, digest excluded).
 */
export function CountRequests(counts: IRequestCounts): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async function (url: string, init: RequestInit, result: unknown) {
      if (!isTransportOnly(url)) {
        if ((init.method ?? 'GET').toUpperCase() === 'GET') counts.reads++;
        else counts.writes++;
      }
      return [url, init, result];
    });
    wrapSend((inner) => async function (this: Queryable, url, init) {
      counts.http++;
      return Reflect.apply(inner, this, [url, init]) as Promise<Response>;
    })(instance);
    return instance;
  };
}

export interface IRetryOptions {
  /** Attempts after the first (default 5). */
  retries?: number;
  /** Wait when the response has no Retry-After, doubled each time (default 500 ms). */
  baseDelayMs?: number;
  /** Upper bound for one wait (default 120 s). */
  maxDelayMs?: number;
  onRetry?: (status: number, waitMs: number) => void;
}

/**
 * Honours 429/503 Retry-After (seconds or an HTTP date), otherwise backs off exponentially; SharePoint's
 * throttling guidance asks clients to wait exactly what Retry-After says. Wraps the transport, so it works
 * the same over fetch and over the in-process sandbox.
 */
export function RetryThrottled(options: IRetryOptions = {}): TimelinePipe<Queryable> {
  const retries = options.retries ?? 5;
  const base = options.baseDelayMs ?? 500;
  const max = options.maxDelayMs ?? 120000;
  return wrapSend((inner) => async function (this: Queryable, url, init) {
    for (let attempt = 0; ; attempt++) {
      const response = (await Reflect.apply(inner, this, [url, init])) as Response;
      if ((response.status !== 429 && response.status !== 503) || attempt >= retries) return response;
      const wait = Math.min(max, retryAfterMs(response.headers.get('retry-after')) ?? base * Math.pow(2, attempt));
      options.onRetry?.(response.status, wait);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  });
}

export function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Thrown by FailAfterWrites: stands for the process dying mid-apply. */
export class SimulatedCrash extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'SimulatedCrash';
  }
}

/**
 * Fault injection for tests and the bench: lets `allowedWriteRequests` HTTP requests that carry writes through,
 * then fails every later one as if the process had been killed before sending it.
 */
export function FailAfterWrites(allowedWriteRequests: number): TimelinePipe<Queryable> {
  let sent = 0;
  return wrapSend((inner) => async function (this: Queryable, url, init) {
    const body = typeof init.body === 'string' ? init.body : '';
    const method = (init.method ?? 'GET').toUpperCase();
    const writes = /\/_api\/\$batch/i.test(url.toString())
      ? /^(POST|MERGE|DELETE|PATCH|PUT) /m.test(body)
      : method !== 'GET' && !/\/_api\/contextinfo/i.test(url.toString());
    if (writes) {
      if (sent >= allowedWriteRequests) throw new SimulatedCrash(`simulated crash before write request #${sent + 1}`);
      sent++;
    }
    return Reflect.apply(inner, this, [url, init]) as Promise<Response>;
  });
}

/** A `User-Agent` SharePoint's throttling guidance asks ISV tools to send (decorated traffic is throttled less). */
export function UserAgent(agent = 'NONISV|MidoriWard|opsdesk-provisioning/1.0'): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async function (url: string, init: RequestInit, result: unknown) {
      // spread, not Headers: PnPjs looks some of its own markers up by exact name (X-PnP-BatchNever)
      init.headers = { ...(init.headers as Record<string, string>), 'User-Agent': agent };
      return [url, init, result];
    });
    return instance;
  };
}
