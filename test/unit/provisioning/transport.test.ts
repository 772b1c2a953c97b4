/**
 * The behaviors provisioning adds at PnPjs' send and auth moments, driven through a real PnPjs client whose
 * transport is a scripted function (the seam PnPjs' own tests use).
 */
import type { AccessToken, TokenCredential } from '@azure/identity';
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { AzureIdentityBearer, sharePointScope } from '../../../provisioning/src/auth';
import { CountRequests, createBrowserSp, FailAfterWrites, newCounts, retryAfterMs, RetryThrottled, SimulatedCrash } from '../../../provisioning/src/pnp';

const SITE = 'https://midoriku.sharepoint.com/sites/opsdesk';

interface ISeen { url: string; method: string; headers: Record<string, string> }

/** A transport that records requests and answers from a script (default: an empty JSON object). */
function Scripted(seen: ISeen[], answer: (n: number) => Response = () => json({})): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.send.replace(async (url: URL, init: RequestInit) => {
      seen.push({ url: url.toString(), method: init.method ?? 'GET', headers: Object.fromEntries(new Headers(init.headers as HeadersInit).entries()) });
      return answer(seen.length);
    });
    return instance;
  };
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

describe('RetryThrottled', () => {
  test('waits what Retry-After says on 429 and 503, then returns the answer', async () => {
    const seen: ISeen[] = [];
    const waits: Array<[number, number]> = [];
    const answers = [json({}, 429, { 'Retry-After': '0' }), json({}, 503, { 'Retry-After': '0' }), json({ Title: 'opsdesk' })];
    const sp = createBrowserSp(SITE, Scripted(seen, (n) => answers[n - 1]), RetryThrottled({ onRetry: (s, ms) => waits.push([s, ms]) }));
    await expect(sp.web.select('Title')()).resolves.toMatchObject({ Title: 'opsdesk' });
    expect(seen).toHaveLength(3);
    expect(waits).toEqual([[429, 0], [503, 0]]);
  });

  test('gives up after its retries and lets PnPjs raise the 429', async () => {
    const seen: ISeen[] = [];
    const sp = createBrowserSp(SITE, Scripted(seen, () => json({}, 429, { 'Retry-After': '0' })), RetryThrottled({ retries: 2 }));
    await expect(sp.web()).rejects.toMatchObject({ status: 429 });
    expect(seen).toHaveLength(3);
  });

  test('Retry-After may be seconds or an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(null)).toBeUndefined();
    const inTwoSeconds = new Date(Date.now() + 2000).toUTCString();
    expect(retryAfterMs(inTwoSeconds)).toBeGreaterThan(500);
    expect(retryAfterMs(inTwoSeconds)).toBeLessThanOrEqual(2000);
  });
});

describe('CountRequests and FailAfterWrites', () => {
  test('HTTP requests are counted at send, reads and writes per operation', async () => {
    const seen: ISeen[] = [];
    const counts = newCounts();
    const sp = createBrowserSp(SITE, Scripted(seen, (n) => (n === 1 ? json({ FormDigestValue: '0x1,1 Jan 2026 00:00:00 -0000', FormDigestTimeoutSeconds: 1800 }) : json({}))), CountRequests(counts));
    await sp.web();
    await sp.web.update({ Title: 'x' });
    // the digest request is a transport detail: counted as HTTP, not as a write
    expect(counts).toEqual({ http: seen.length, reads: 1, writes: 1 });
  });

  test('lets the allowed write requests through and then fails like a killed process', async () => {
    const seen: ISeen[] = [];
    const sp = createBrowserSp(SITE, Scripted(seen, () => json({ FormDigestValue: '0x1,1 Jan 2026 00:00:00 -0000', FormDigestTimeoutSeconds: 1800 })), FailAfterWrites(1));
    await sp.web.update({ Title: 'a' });
    await sp.web();
    await expect(sp.web.update({ Title: 'b' })).rejects.toBeInstanceOf(SimulatedCrash);
  });
});

describe('AzureIdentityBearer', () => {
  test('asks @azure/identity for the tenant scope once, sends a bearer header and skips the request digest', async () => {
    const scopes: string[] = [];
    const credential: TokenCredential = {
      getToken: async (scope: string | string[]): Promise<AccessToken> => {
        scopes.push(String(scope));
        return { token: `token-${scopes.length}`, expiresOnTimestamp: Date.now() + 3600 * 1000 };
      }
    };
    const seen: ISeen[] = [];
    const sp = createBrowserSp(SITE, Scripted(seen), AzureIdentityBearer(credential, sharePointScope(SITE)));
    await sp.web();
    await sp.web.update({ Title: 'x' });
    expect(scopes).toEqual(['https://midoriku.sharepoint.com/.default']);
    expect(seen.map((s) => s.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-1']);
    expect(seen.some((s) => /contextinfo/i.test(s.url))).toBe(false);
  });

  test('gets a new token when the cached one is about to expire', async () => {
    let n = 0;
    const credential: TokenCredential = {
      getToken: async (): Promise<AccessToken> => ({ token: `t${++n}`, expiresOnTimestamp: Date.now() + 60 * 1000 })
    };
    const seen: ISeen[] = [];
    const sp = createBrowserSp(SITE, Scripted(seen), AzureIdentityBearer(credential, sharePointScope(SITE)));
    await sp.web();
    await sp.web();
    expect(seen.map((s) => s.headers.authorization)).toEqual(['Bearer t1', 'Bearer t2']);
  });
});
