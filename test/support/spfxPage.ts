/**
 * A web part's PnPjs client as SharePoint hands it to the web part: built by the data layer's SPFx factory
 * (src/data/pnp createSpfxSp) from a page context, for a user of the sandbox, with every HTTP request that
 * leaves the process recorded at the send moment (one per $batch, one per retry).
 *
 * SharePoint renders the request digest and the user's site user id into the page (legacyPageContext
 * .formDigestValue / .userId), so in SPFx a $batch POST costs no contextinfo round trip. This helper fetches
 * them once, before counting starts, as the page render would have; what the web part then sends is counted.
 */
import type { Queryable } from '@pnp/queryable';
import { SandboxSend } from '../../sandbox/src';
import type { Sandbox } from '../../sandbox/src';
import { createSpfxSp } from '../../src/data/pnp';
import type { SPFI } from '../../src/data/pnp';
import { sandboxSp } from './provisionedSandbox';

export interface ISpfxPage {
  sp: SPFI;
  /** `METHOD /path` of every HTTP request sent since the page was built (or since `reset`). */
  requests: string[];
  reset(): void;
  /** legacyPageContext.userId: the user's id in this site's user list. */
  userId: number;
}

type Send = (this: Queryable, url: URL, init: RequestInit) => Promise<Response>;

function RecordRequests(requests: string[]): (instance: Queryable) => Queryable {
  return (instance: Queryable) => {
    const [inner] = instance.on.send.toArray() as Send[];
    instance.on.send.replace(async function (this: Queryable, url: URL, init: RequestInit): Promise<Response> {
      requests.push(`${(init.method || 'GET').toUpperCase()} ${decodeURIComponent(url.pathname)}`);
      return Reflect.apply(inner, this, [url, init]) as Promise<Response>;
    } as never);
    return instance;
  };
}

export async function spfxPage(sb: Sandbox, userKey: string): Promise<ISpfxPage> {
  const plain = sandboxSp(sb, userKey);
  const me = await plain.web.currentUser.select('Id')<{ Id: number }>();
  const info = await sb.handle(
    new Request(`${sb.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json', Cookie: `sandbox-user=${encodeURIComponent(userKey)}` } })
  );
  const { FormDigestValue, FormDigestTimeoutSeconds } = (await info.json()) as { FormDigestValue: string; FormDigestTimeoutSeconds: number };
  const requests: string[] = [];
  const context = {
    pageContext: {
      web: { absoluteUrl: sb.siteUrl },
      legacyPageContext: { formDigestValue: FormDigestValue, formDigestTimeoutSeconds: FormDigestTimeoutSeconds, userId: me.Id }
    }
  };
  const sp = createSpfxSp(context, SandboxSend(sb, userKey), RecordRequests(requests));
  return { sp, requests, reset: () => requests.splice(0, requests.length), userId: me.Id };
}
