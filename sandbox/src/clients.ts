import type { Queryable } from '@pnp/queryable';
import type { ISandbox } from './sandbox';
import { SandboxIdentity, identityHeaders } from './identity';

type Pipe = (instance: Queryable) => Queryable;

function headersOf(init: RequestInit): Headers {
  return new Headers(init.headers as HeadersInit | undefined);
}

/**
 * PnPjs behavior that replaces the `send` moment with the sandbox handler (code-style-anchors §9.7):
 * `spfi(sb.siteUrl).using(SPBrowser(), SandboxSend(sb, { user: 'staffA' }))`.
 * Users are carried as the dev cookie (like SPFx: no Authorization, so writes need a digest);
 * `{ app: true }` as a bearer token (app-only, no digest). Apply it after the behaviors that set `send`.
 */
export function SandboxSend(sandbox: ISandbox, identity: SandboxIdentity): Pipe {
  return (instance: Queryable) => {
    instance.on.send.replace(async (url: URL, init: RequestInit): Promise<Response> => {
      const headers = headersOf(init);
      for (const [k, v] of Object.entries(identityHeaders(identity, 'cookie'))) if (!headers.has(k)) headers.set(k, v);
      return sandbox.handle(new Request(url.toString(), { ...init, headers }));
    });
    return instance;
  };
}

/** The same for `@pnp/graph`: `graphfi(sb.graphUrl).using(GraphDefault-like…, SandboxGraph(sb, 'staffA'))`. Graph is bearer-only. */
export function SandboxGraph(sandbox: ISandbox, identity: SandboxIdentity): Pipe {
  return (instance: Queryable) => {
    instance.on.send.replace(async (url: URL, init: RequestInit): Promise<Response> => {
      const headers = headersOf(init);
      headers.set('Authorization', identityHeaders(identity, 'bearer').Authorization as string);
      return sandbox.handle(new Request(url.toString(), { ...init, headers }));
    });
    return instance;
  };
}

/** A fetch-compatible function bound to the sandbox and an identity (bearer), e.g. for hand-written Graph calls. */
export function sandboxGraphFetch(sandbox: ISandbox, identity: SandboxIdentity): (input: RequestInfo | URL, init?: RequestInit) => Promise<Response> {
  return async (input, init) => {
    const req = new Request(input as RequestInfo, init);
    const headers = new Headers(req.headers);
    if (!headers.has('authorization')) headers.set('Authorization', identityHeaders(identity, 'bearer').Authorization as string);
    return sandbox.handle(new Request(req, { headers }));
  };
}

interface IGraphClientContext { request: RequestInfo; options?: RequestInit; response?: Response }

/**
 * Terminal middleware for `@microsoft/microsoft-graph-client`:
 * `Client.initWithMiddleware({ baseUrl: sb.origin + '/', middleware: sandboxGraphMiddleware(sb, 'ict') })`.
 * (graph-client only adds auth headers for https Graph hosts, §13.2, so the identity is added here.)
 */
export function sandboxGraphMiddleware(sandbox: ISandbox, identity: SandboxIdentity): { execute(context: IGraphClientContext): Promise<void> } {
  const f = sandboxGraphFetch(sandbox, identity);
  return {
    async execute(context: IGraphClientContext): Promise<void> {
      context.response = await f(context.request, context.options);
    },
  };
}
