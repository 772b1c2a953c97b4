/**
 * The one place that loads PnPjs: every selective import lives here (code-style-anchors §9.3), and the
 * factories below are how a web part, the Teams tab or a Node tool gets its SPFI. Build it once per web part
 * and pass it down; there is no module-level instance.
 */
import { TimelinePipe } from '@pnp/core';
import { ISPFXContext, SPBrowser, SPFI, SPFx, spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/attachments';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/batching';

export type { SPFI };

/** Inside SharePoint: the web part's context supplies the web URL, the digest and the cookie-based session. */
export function createSpfxSp(context: ISPFXContext, ...pipes: TimelinePipe[]): SPFI {
  return spfi().using(SPFx(context), ...pipes);
}

/** Same-origin pages that are not web parts (and Node tools, whose extra pipes add a token or a transport). */
export function createBrowserSp(webUrl: string, ...pipes: TimelinePipe[]): SPFI {
  return spfi(webUrl).using(SPBrowser({ baseUrl: webUrl }), ...pipes);
}

/**
 * A web part that reads another site of the same tenant: in a Teams personal app the page is the tenant's root
 * site, not the opsdesk site. SPFx still supplies the session; PnPjs fetches that site's digest for writes.
 */
export function createSpfxSpFor(context: ISPFXContext, webUrl: string, ...pipes: TimelinePipe[]): SPFI {
  return spfi(webUrl).using(SPFx(context), ...pipes);
}
