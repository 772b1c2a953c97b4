/**
 * SharePoint REST from inside a signed-in page: the browser's own cookie, and a form digest from
 * /_api/contextinfo for writes, exactly as a classic page script would. For steps whose UI does not exist yet.
 */
import type { Page } from 'playwright-core';

const SITE = '/sites/opsdesk';

export async function restGet<T>(page: Page, apiPath: string): Promise<T> {
  return page.evaluate(async (url: string) => {
    const r = await fetch(url, { headers: { Accept: 'application/json;odata=nometadata' } });
    if (!r.ok) throw new Error(`${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  }, `${SITE}/_api/${apiPath}`);
}

export async function restPost<T>(page: Page, apiPath: string, body: unknown): Promise<T> {
  return page.evaluate(async ([site, url, payload]: [string, string, string]) => {
    const ctx = await fetch(`${site}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json;odata=nometadata' } });
    const digest = ((await ctx.json()) as { FormDigestValue: string }).FormDigestValue;
    const r = await fetch(url, {
      method: 'POST',
      headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;odata=nometadata', 'X-RequestDigest': digest },
      body: payload,
    });
    if (!r.ok) throw new Error(`${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  }, [SITE, `${SITE}/_api/${apiPath}`, JSON.stringify(body)] as [string, string, string]);
}

export function listPath(listUrl: string): string {
  return `web/GetList('${encodeURIComponent(`${SITE}/${listUrl}`)}')`;
}
