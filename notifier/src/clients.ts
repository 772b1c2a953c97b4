import { ClientCertificateCredential } from '@azure/identity';
import { Client } from '@microsoft/microsoft-graph-client';
import type { Queryable } from '@pnp/queryable';
import { createBrowserSp } from '../../src/data/pnp';
import type { SPFI } from './adapters/pnp';
import type { INotifierConfig } from './config';

export interface INotifierClients {
  sp: SPFI;
  graph: Client;
}

/** A PnPjs pipe that asks for a fresh bearer token before each request (tokens expire; nothing is cached here). */
export function BearerFrom(getToken: () => Promise<string>): (instance: Queryable) => Queryable {
  return (instance: Queryable) => {
    instance.on.auth(async (url: URL, init: RequestInit) => {
      // Keep PnPjs's own header names as they are: RequestDigest looks for `Authorization` and
      // `X-PnPjs-NoDigest` case-sensitively (a bearer call needs no digest; lower-casing loops on contextinfo).
      init.headers = {
        ...(init.headers as Record<string, string> | undefined),
        Authorization: `Bearer ${await getToken()}`,
        'User-Agent': 'NONISV|MidoriWard|opsdesk-notifier/1.0'
      };
      return [url, init];
    });
    return instance;
  };
}

/**
 * Graph client over plain fetch with our own Authorization header: graph-client adds auth only for https Graph
 * hosts (sharepoint-rest.md §13.2), and the sandbox serves Graph on http://localhost.
 */
function bearerFetchMiddleware(getToken: () => Promise<string>): { execute(context: { request: RequestInfo; options?: RequestInit; response?: Response }): Promise<void> } {
  return {
    async execute(context): Promise<void> {
      const headers = new Headers(context.options?.headers as HeadersInit | undefined);
      headers.set('Authorization', `Bearer ${await getToken()}`);
      context.response = await fetch(context.request, { ...context.options, headers });
    }
  };
}

/**
 * The service's clients. SharePoint Online: a certificate credential (app-only; Sites.Selected with fullcontrol
 * on the site, Mail.Send limited to the sender by RBAC for Applications). Sandbox: its unsigned app token over
 * HTTP, so the notifier talks to the sandbox server exactly as it would to SharePoint.
 */
export async function createClients(config: INotifierConfig): Promise<INotifierClients> {
  if (config.target === 'spo') {
    const credential = new ClientCertificateCredential(config.tenantId as string, config.clientId as string, { certificatePath: config.certificatePath as string });
    const spScope = `${new URL(config.siteUrl).origin}/.default`;
    const sp = createBrowserSp(config.siteUrl, BearerFrom(async () => (await credential.getToken(spScope)).token));
    const graph = Client.initWithMiddleware({
      baseUrl: config.graphBaseUrl,
      authProvider: { getAccessToken: async () => (await credential.getToken('https://graph.microsoft.com/.default')).token }
    });
    return { sp, graph };
  }
  // The sandbox's dev token is loaded lazily so a production build does not need the sandbox sources.
  const { sandboxToken } = await import('../../sandbox/src/identity');
  const token = sandboxToken({ app: true });
  const getToken = async (): Promise<string> => token;
  const sp = createBrowserSp(config.siteUrl, BearerFrom(getToken));
  const graph = Client.initWithMiddleware({
    baseUrl: `${config.graphBaseUrl ? new URL(config.graphBaseUrl).origin : new URL(config.siteUrl).origin}/`,
    middleware: bearerFetchMiddleware(getToken) as never
  });
  return { sp, graph };
}
