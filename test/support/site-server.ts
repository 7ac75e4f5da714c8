/**
 * A local web server for the fixture sites, listening on 127.0.0.1 only.
 *
 * - `Host: 127.0.0.1:PORT`: `/<site>/<path>` serves `fixtures/sites/<site>/<path>` (`index.html` for folders).
 * - `Host: <name>.localhost:PORT`: `/<path>` serves `fixtures/sites/_third/<name>/<path>`. Chromium resolves every
 *   `*.localhost` name to loopback and treats each as its own site, so these are genuine third parties.
 * - `/vendor/<package>/<file>` on any host: files of an installed consent library (allow-listed).
 * - `{{PORT}}` in served `.html` and `.js` files (and route bodies) becomes the port.
 * - `site.json` in a site folder may declare dynamic routes (paths relative to the site, `*` at the end for a prefix):
 *   `{ "routes": { "/path": { status, headers, setCookie, body, file, redirect, delayMs, hang, download } } }`.
 *   Other fields (`description`, `expect`) are for tests and ignored here.
 */
import { readFile, stat } from 'node:fs/promises';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { Socket } from 'node:net';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SiteServer {
  port: number;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** `http://127.0.0.1:PORT/<site>/<path>` */
  url(site: string, path?: string): string;
  /** `http://<name>.localhost:PORT/<path>` */
  thirdParty(name: string, path?: string): string;
  /** Every request received, in order: host name without the port, and path with the query string. */
  requests: { host: string; path: string }[];
  close(): Promise<void>;
}

export interface SiteServerOptions {
  /** Folder holding the sites (default `<repo>/fixtures/sites`). */
  root?: string;
}

export interface RouteSpec {
  status?: number;
  headers?: Record<string, string>;
  setCookie?: string[];
  body?: string;
  /** A file of the same site folder to serve. */
  file?: string;
  redirect?: string;
  delayMs?: number;
  /** Never answer; the socket is held until the server closes. */
  hang?: boolean;
  /** Answer as an attachment, which makes Chromium start a download. */
  download?: boolean;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_ROOT = join(REPO_ROOT, 'fixtures', 'sites');
const NODE_MODULES = join(REPO_ROOT, 'node_modules');
const VENDOR_PACKAGES = new Set(['vanilla-cookieconsent', 'klaro', 'cookieconsent', 'tarteaucitronjs']);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};
const TEMPLATED = new Set(['.html', '.js', '.mjs']);

export async function startSiteServer(options: SiteServerOptions = {}): Promise<SiteServer> {
  const root = resolve(options.root ?? DEFAULT_ROOT);
  const requests: { host: string; path: string }[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let port = 0;

  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'server error');
      else response.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const hostHeader = String(request.headers.host ?? '').toLowerCase();
    const host = hostHeader.replace(/:\d+$/, '');
    const rawPath = request.url ?? '/';
    requests.push({ host, path: rawPath });
    // Segments are checked before any normalisation: "/a/%2e%2e/b" is refused, not resolved.
    let segments: string[];
    try {
      segments = (rawPath.split(/[?#]/, 1)[0] ?? '/').split('/').map((segment) => decodeURIComponent(segment));
    } catch {
      send(response, 400, 'text/plain; charset=utf-8', 'bad request');
      return;
    }
    if (segments.some((segment) => segment === '..' || /[\0/\\]/.test(segment))) {
      send(response, 400, 'text/plain; charset=utf-8', 'bad path');
      return;
    }
    const pathname = segments.join('/') || '/';
    if (pathname.startsWith('/vendor/')) {
      await serveVendor(pathname.slice('/vendor/'.length), response);
      return;
    }
    let siteDir: string;
    let sitePath: string;
    if (host === '127.0.0.1') {
      const [, site = '', ...rest] = pathname.split('/');
      if (!site) {
        send(response, 404, 'text/plain; charset=utf-8', 'no site');
        return;
      }
      if (rest.length === 0) {
        // Relative links in a site's index only work below `/<site>/`.
        response.writeHead(301, { location: `/${encodeURIComponent(site)}/`, 'cache-control': 'no-store' });
        response.end();
        return;
      }
      siteDir = join(root, site);
      sitePath = `/${rest.join('/')}`;
    } else if (host.endsWith('.localhost')) {
      siteDir = join(root, '_third', host.slice(0, -'.localhost'.length));
      sitePath = pathname;
    } else {
      send(response, 421, 'text/plain; charset=utf-8', 'unknown host');
      return;
    }
    if (!within(root, siteDir)) {
      send(response, 400, 'text/plain; charset=utf-8', 'bad site');
      return;
    }
    const route = findRoute(await readRoutes(siteDir), sitePath);
    if (route) {
      await serveRoute(route, siteDir, sitePath, response);
      return;
    }
    await serveFile(siteDir, sitePath, response);
  }

  async function serveRoute(route: RouteSpec, siteDir: string, sitePath: string, response: ServerResponse): Promise<void> {
    if (route.hang) {
      // Headers never come: the socket stays open until close() destroys it.
      return;
    }
    if (route.delayMs) await delay(Math.min(route.delayMs, 60_000));
    if (response.destroyed) return;
    const headers: Record<string, string | string[]> = { 'cache-control': 'no-store', ...lowerKeys(route.headers ?? {}) };
    if (route.setCookie?.length) headers['set-cookie'] = route.setCookie.map(template);
    if (route.redirect) {
      headers.location = template(route.redirect);
      response.writeHead(route.status ?? 302, headers);
      response.end();
      return;
    }
    let body: Buffer = Buffer.from(route.body === undefined ? '' : template(route.body));
    let type = 'text/html; charset=utf-8';
    if (route.file) {
      const path = join(siteDir, route.file);
      if (!within(siteDir, path)) {
        send(response, 400, 'text/plain; charset=utf-8', 'bad file');
        return;
      }
      body = await readServed(path);
      type = contentType(path);
    }
    if (route.download) {
      const name = sitePath.split('/').filter(Boolean).pop() || 'download.bin';
      headers['content-disposition'] = `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"`;
      type = 'application/octet-stream';
    }
    headers['content-type'] ??= type;
    response.writeHead(route.status ?? 200, headers);
    response.end(body);
  }

  async function serveFile(siteDir: string, sitePath: string, response: ServerResponse): Promise<void> {
    let path = join(siteDir, sitePath);
    if (!within(siteDir, path)) {
      send(response, 400, 'text/plain; charset=utf-8', 'bad path');
      return;
    }
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readServed(path);
      response.writeHead(200, { 'content-type': contentType(path), 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      send(response, 404, 'text/plain; charset=utf-8', 'not found');
    }
  }

  async function serveVendor(rest: string, response: ServerResponse): Promise<void> {
    const [name = '', ...file] = rest.split('/');
    if (!VENDOR_PACKAGES.has(name) || file.length === 0) {
      send(response, 404, 'text/plain; charset=utf-8', 'not a vendored package');
      return;
    }
    const packageDir = join(NODE_MODULES, name);
    const path = join(packageDir, ...file);
    if (!within(packageDir, path)) {
      send(response, 400, 'text/plain; charset=utf-8', 'bad path');
      return;
    }
    try {
      const body = await readFile(path);
      response.writeHead(200, { 'content-type': contentType(path), 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      send(response, 404, 'text/plain; charset=utf-8', 'not found');
    }
  }

  async function readServed(path: string): Promise<Buffer> {
    const body = await readFile(path);
    return TEMPLATED.has(extname(path).toLowerCase()) ? Buffer.from(template(body.toString('utf8'))) : body;
  }

  function template(text: string): string {
    return text.split('{{PORT}}').join(String(port));
  }

  function delay(ms: number): Promise<void> {
    return new Promise((resolveDelay) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolveDelay();
      }, ms);
      timers.add(timer);
    });
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('site server: no port');
  port = address.port;
  const origin = `http://127.0.0.1:${port}`;
  let closing: Promise<void> | undefined;

  return {
    port,
    origin,
    url: (site, path = '') => `${origin}/${site}/${path.replace(/^\/+/, '')}`,
    thirdParty: (name, path = '') => `http://${name}.localhost:${port}/${path.replace(/^\/+/, '')}`,
    requests,
    close() {
      closing ??= new Promise<void>((resolveClose) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolveClose());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}

async function readRoutes(siteDir: string): Promise<Record<string, RouteSpec>> {
  try {
    const config = JSON.parse(await readFile(join(siteDir, 'site.json'), 'utf8')) as { routes?: Record<string, RouteSpec> };
    return config.routes && typeof config.routes === 'object' ? config.routes : {};
  } catch {
    return {};
  }
}

/** Exact paths win; then the longest `prefix*`. */
export function findRoute(routes: Record<string, RouteSpec>, path: string): RouteSpec | undefined {
  if (Object.hasOwn(routes, path)) return routes[path];
  let best: { length: number; route: RouteSpec } | undefined;
  for (const [pattern, route] of Object.entries(routes)) {
    if (!pattern.endsWith('*')) continue;
    const prefix = pattern.slice(0, -1);
    if (path.startsWith(prefix) && (!best || prefix.length > best.length)) best = { length: prefix.length, route };
  }
  return best?.route;
}

function within(parent: string, child: string): boolean {
  const resolvedParent = resolve(parent);
  const resolvedChild = resolve(child);
  return resolvedChild === resolvedParent || resolvedChild.startsWith(resolvedParent + sep);
}

function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}
