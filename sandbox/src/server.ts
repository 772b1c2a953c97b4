import * as http from 'http';
import { AddressInfo } from 'net';
import { Sandbox, ISandboxOptions } from './sandbox';

export interface ISandboxServerOptions extends Omit<ISandboxOptions, 'siteUrl'> {
  /** default 4580; 0 picks a free port */
  port?: number;
  /** default 127.0.0.1 (loopback only) */
  host?: string;
  /** site path, default /sites/opsdesk */
  sitePath?: string;
  /** host name used in URLs, default localhost */
  publicHost?: string;
}

export interface ISandboxServer {
  url: string;
  siteUrl: string;
  graphUrl: string;
  sandbox: Sandbox;
  close(): Promise<void>;
}

/** Serves the sandbox handler over HTTP on loopback. The raw request path is passed through (`%2F` intact). */
export async function startSandboxServer(options: ISandboxServerOptions = {}): Promise<ISandboxServer> {
  const host = options.host ?? '127.0.0.1';
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4580, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const publicHost = options.publicHost ?? 'localhost';
  const url = `http://${publicHost}:${port}`;
  const sandbox = new Sandbox({ ...options, siteUrl: `${url}${options.sitePath ?? '/sites/opsdesk'}` });
  server.on('request', fetchBridge(url, (request) => sandbox.handle(request)));
  return {
    url,
    siteUrl: sandbox.siteUrl,
    graphUrl: sandbox.graphUrl,
    sandbox,
    close: () => new Promise<void>(resolve => {
      server.closeAllConnections?.();
      server.close(() => { sandbox.close(); resolve(); });
    }),
  };
}

/**
 * Serves a Fetch-style handler over Node's http server: the raw path goes through untouched (`%2F` intact, as
 * PnPjs sends it, sharepoint-rest.md §1.2) and empty responses carry `Content-Length: 0` (§1.7).
 */
export function fetchBridge(origin: string, handle: (request: Request) => Promise<Response>): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  return (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async (): Promise<void> => {
        try {
          const headers = new Headers();
          for (const [k, v] of Object.entries(req.headers)) {
            if (v === undefined) continue;
            headers.set(k, Array.isArray(v) ? v.join(', ') : v);
          }
          const method = (req.method ?? 'GET').toUpperCase();
          const body = chunks.length && method !== 'GET' && method !== 'HEAD' ? Buffer.concat(chunks) : undefined;
          const response = await handle(new Request(`${origin}${req.url ?? '/'}`, { method, headers, body }));
          const out: Record<string, string> = {};
          response.headers.forEach((v, k) => { out[k] = v; });
          const buf = Buffer.from(await response.arrayBuffer());
          if (!('content-length' in out)) out['content-length'] = String(buf.length);
          res.writeHead(response.status, response.statusText, out);
          res.end(buf);
        } catch (e) {
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String((e as Error).stack ?? e));
        }
      })();
    });
  };
}
