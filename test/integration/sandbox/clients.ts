/**
 * Builds the real clients against a sandbox (in-process through SandboxSend). Not an assertion helper:
 * every test drives the sandbox through @pnp/sp, @pnp/graph or @microsoft/microsoft-graph-client.
 */
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/batching';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/subscriptions';
import { createSandbox, Sandbox, ISandboxOptions, SandboxSend, SandboxIdentity } from '../../../sandbox/src';

export function newSandbox(options: ISandboxOptions = {}): Sandbox {
  return createSandbox({ dbPath: ':memory:', webhookRetry: { pollMs: 0 }, ...options });
}

export function spAs(sb: Sandbox, identity: SandboxIdentity): SPFI {
  return spfi(sb.siteUrl).using(SPBrowser(), SandboxSend(sb, identity));
}

/** The JSON error body of a PnPjs HttpRequestError. */
export async function failure(p: Promise<unknown>): Promise<{ status: number; body: any }> {
  try {
    await p;
  } catch (e) {
    const err = e as { status: number; response?: Response; message: string };
    let body: any = null;
    if (err.response) {
      const text = await err.response.clone().text().catch(() => '');
      try { body = JSON.parse(text); } catch { body = text; }
    }
    return { status: err.status, body };
  }
  throw new Error('expected the call to fail');
}
