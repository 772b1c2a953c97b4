/**
 * The local workbench's HTTP server: ONE origin that serves both the sandbox (SharePoint REST under
 * /sites/opsdesk/_api, Graph under /v1.0, /_sandbox admin) and the workbench page, so the page's PnPjs calls are
 * same-origin and the dev cookie `sandbox-user` is the session, as SharePoint's own cookie is on a real page.
 * The page lives where SPFx's hosted workbench lives: /sites/opsdesk/_layouts/15/workbench.aspx.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { AddressInfo } from 'net';
import { createSandbox, findDirectoryUser, ISandboxOptions, Sandbox, sandboxToken } from '../sandbox/src';
import { fetchBridge } from '../sandbox/src/server';
import { locScript } from './loc';

export const SITE_PATH = '/sites/opsdesk';
export const WORKBENCH_PATH = `${SITE_PATH}/_layouts/15/workbench.aspx`;

export interface IWorkbenchServerOptions extends Omit<ISandboxOptions, 'siteUrl'> {
  /** default 4580 (the sandbox's usual port); 0 picks a free one */
  port?: number;
  host?: string;
  /** folder with the built app.js (see build.ts) */
  bundleDir: string;
  /** repository root (for the web parts' loc/ files) */
  rootDir: string;
}

export interface IWorkbenchServer {
  /** origin, e.g. http://localhost:4580 */
  url: string;
  siteUrl: string;
  graphUrl: string;
  workbenchUrl: string;
  sandbox: Sandbox;
  close(): Promise<void>;
}

function page(): string {
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>opsdesk ローカル ワークベンチ</title>
<style>html,body{margin:0;padding:0;font-family:"Segoe UI","Yu Gothic UI","Meiryo",sans-serif;background:#faf9f8}</style>
</head>
<body>
<div id="workbench-root"></div>
<script src="/_workbench/loc.js"></script>
<script src="/_workbench/app.js"></script>
</body>
</html>`;
}

/** The MDL2 icon fonts shipped in @fluentui/font-icons-mdl2 (its exports map hides package.json, so walk up). */
function iconFontsDir(): string {
  let dir = path.dirname(require.resolve('@fluentui/font-icons-mdl2'));
  while (dir !== path.dirname(dir) && !fs.existsSync(path.join(dir, 'fonts'))) dir = path.dirname(dir);
  return path.join(dir, 'fonts');
}

function cookieUser(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === 'sandbox-user') return decodeURIComponent(part.slice(i + 1).trim());
  }
  return undefined;
}

/**
 * Starts the combined server. The sandbox is created after the port is known so its absolute URLs
 * (odata.id, __metadata.uri, webhook resources) carry the origin the browser actually uses.
 */
export async function startWorkbenchServer(options: IWorkbenchServerOptions): Promise<IWorkbenchServer> {
  const host = options.host ?? '127.0.0.1';
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4580, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  const { port: _p, host: _h, bundleDir, rootDir, ...sandboxOptions } = options;
  const sandbox = createSandbox({ ...sandboxOptions, siteUrl: `${url}${SITE_PATH}` });
  const fontsDir = iconFontsDir();
  const sockets = new Set<import('net').Socket>();
  server.on('connection', s => { sockets.add(s); s.on('close', () => sockets.delete(s)); });

  const send = (res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
    res.end(body);
  };

  const workbench = (req: http.IncomingMessage, res: http.ServerResponse, pathname: string, search: URLSearchParams): boolean => {
    const p = pathname.toLowerCase();
    if (p === '/' || p === SITE_PATH || p === `${SITE_PATH}/`) {
      res.writeHead(302, { location: WORKBENCH_PATH });
      res.end();
      return true;
    }
    if (p === WORKBENCH_PATH.toLowerCase()) {
      send(res, 200, 'text/html; charset=utf-8', page());
      return true;
    }
    if (p === '/_workbench/app.js' || p === '/_workbench/app.js.map') {
      const file = path.join(bundleDir, path.basename(p));
      if (!fs.existsSync(file)) {
        send(res, 404, 'text/plain; charset=utf-8', 'workbench bundle not built (run npm start)');
      } else {
        send(res, 200, p.endsWith('.map') ? 'application/json' : 'text/javascript; charset=utf-8', fs.readFileSync(file));
      }
      return true;
    }
    if (p === '/_workbench/loc.js') {
      send(res, 200, 'text/javascript; charset=utf-8', locScript(rootDir));
      return true;
    }
    if (p === '/_workbench/token') {
      // What SPFx's AadTokenProvider is to a real page: a Graph bearer token for the signed-in (cookie) user.
      const key = cookieUser(req.headers.cookie);
      const user = key ? findDirectoryUser(key) : undefined;
      if (!user) {
        send(res, 401, 'application/json; charset=utf-8', JSON.stringify({ error: 'no sandbox-user cookie' }));
      } else {
        send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ token: sandboxToken(user.key), user: { key: user.key, displayName: user.displayName, mail: user.mail } }));
      }
      return true;
    }
    if (p.startsWith('/_workbench/fonts/')) {
      const file = path.join(fontsDir, path.basename(pathname));
      if (!/\.woff2?$/.test(file) || !fs.existsSync(file)) {
        send(res, 404, 'text/plain', 'not found');
      } else {
        send(res, 200, file.endsWith('2') ? 'font/woff2' : 'font/woff', fs.readFileSync(file), { 'cache-control': 'max-age=86400' });
      }
      return true;
    }
    if (p === '/favicon.ico') {
      send(res, 204, 'image/x-icon', '');
      return true;
    }
    void search;
    return false;
  };

  const bridge = fetchBridge(url, (request) => sandbox.handle(request));
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const parsed = new URL(req.url ?? '/', url);
    if ((req.method === 'GET' || req.method === 'HEAD') && workbench(req, res, parsed.pathname, parsed.searchParams)) return;
    bridge(req, res);
  });

  let closed: Promise<void> | undefined;
  return {
    url,
    siteUrl: sandbox.siteUrl,
    graphUrl: sandbox.graphUrl,
    workbenchUrl: `${url}${WORKBENCH_PATH}`,
    sandbox,
    close: () => (closed ??= new Promise<void>(resolve => {
      for (const s of sockets) s.destroy();
      server.close(() => {
        // closing the sandbox closes SQLite (WAL checkpointed), so the next start sees every write
        sandbox.close();
        resolve();
      });
    })),
  };
}
