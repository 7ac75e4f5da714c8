import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type SiteServer, findRoute, startSiteServer } from './site-server.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request with a chosen Host header (fetch would not let us set it). */
function get(server: SiteServer, host: string, path: string, timeoutMs = 2000): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { host: `${host}:${server.port}` } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

let root: string;
let server: SiteServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'site-server-'));
  mkdirSync(join(root, 'shop', 'sub'), { recursive: true });
  mkdirSync(join(root, '_third', 'analytics'), { recursive: true });
  writeFileSync(join(root, 'shop', 'index.html'), '<p>port {{PORT}}</p>');
  writeFileSync(join(root, 'shop', 'sub', 'index.html'), 'sub');
  writeFileSync(join(root, 'shop', 'app.js'), 'var u = "http://analytics.localhost:{{PORT}}/";');
  writeFileSync(join(root, 'shop', 'style.css'), 'p { color: red } /* {{PORT}} */');
  writeFileSync(join(root, 'shop', 'page.html'), 'from a route');
  writeFileSync(
    join(root, 'shop', 'site.json'),
    JSON.stringify({
      description: 'ignored',
      expect: { ignored: true },
      routes: {
        '/login': { status: 401, headers: { 'X-Test': 'yes' }, setCookie: ['a=1; Path=/', 'b=2; Max-Age=60'], body: 'port {{PORT}}' },
        '/go': { redirect: 'http://analytics.localhost:{{PORT}}/collect' },
        '/api/*': { status: 204 },
        '/api/special': { status: 202 },
        '/page': { file: 'page.html' },
        '/slow': { delayMs: 50, body: 'late' },
        '/forever': { hang: true },
        '/report.csv': { download: true, body: 'a,b' },
      },
    }),
  );
  writeFileSync(join(root, '_third', 'analytics', 'ga.js'), 'ga({{PORT}})');
  writeFileSync(join(root, '_third', 'analytics', 'site.json'), JSON.stringify({ routes: { '/collect*': { status: 204, setCookie: ['_ga=1'] } } }));
  server = await startSiteServer({ root });
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('addresses', () => {
  test('url() and thirdParty() build the two kinds of address', () => {
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.url('shop', '/app.js')).toBe(`http://127.0.0.1:${server.port}/shop/app.js`);
    expect(server.url('shop')).toBe(`http://127.0.0.1:${server.port}/shop/`);
    expect(server.thirdParty('analytics', 'ga.js')).toBe(`http://analytics.localhost:${server.port}/ga.js`);
  });
});

describe('static files', () => {
  test('serves a site folder, index.html for folders, with {{PORT}} filled in', async () => {
    const answer = await get(server, '127.0.0.1', '/shop/');
    expect(answer).toMatchObject({ status: 200, body: `<p>port ${server.port}</p>` });
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect((await get(server, '127.0.0.1', '/shop/sub/')).body).toBe('sub');
  });

  test('templates JavaScript but not other files', async () => {
    const script = await get(server, '127.0.0.1', '/shop/app.js');
    expect(script.body).toBe(`var u = "http://analytics.localhost:${server.port}/";`);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const style = await get(server, '127.0.0.1', '/shop/style.css');
    expect(style.body).toContain('{{PORT}}');
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  test('a site without its trailing slash is redirected, so relative links work', async () => {
    const answer = await get(server, '127.0.0.1', '/shop');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('/shop/');
  });

  test('<name>.localhost serves _third/<name>', async () => {
    expect((await get(server, 'analytics.localhost', '/ga.js')).body).toBe(`ga(${server.port})`);
  });

  test.each([
    ['a missing file', '127.0.0.1', '/shop/nope.html', 404],
    ['a missing site', '127.0.0.1', '/nosite/', 404],
    ['the bare origin', '127.0.0.1', '/', 404],
    ['a parent-folder escape', '127.0.0.1', '/shop/%2e%2e/%2e%2e/etc/passwd', 400],
    ['an escape from a third party', 'analytics.localhost', '/%2e%2e/%2e%2e/shop/index.html', 400],
    ['an unknown host', 'example.com', '/shop/', 421],
  ])('refuses %s', async (_, host, path, status) => {
    expect((await get(server, host, path)).status).toBe(status);
  });
});

describe('routes from site.json', () => {
  test('status, headers, several Set-Cookie headers and a templated body', async () => {
    const answer = await get(server, '127.0.0.1', '/shop/login?next=/');
    expect(answer.status).toBe(401);
    expect(answer.headers['x-test']).toBe('yes');
    expect(answer.headers['set-cookie']).toEqual(['a=1; Path=/', 'b=2; Max-Age=60']);
    expect(answer.body).toBe(`port ${server.port}`);
  });

  test('redirects, with {{PORT}} filled in', async () => {
    const answer = await get(server, '127.0.0.1', '/shop/go');
    expect(answer.status).toBe(302);
    expect(answer.headers.location).toBe(`http://analytics.localhost:${server.port}/collect`);
  });

  test('an exact route wins over a prefix route', async () => {
    expect((await get(server, '127.0.0.1', '/shop/api/special')).status).toBe(202);
    expect((await get(server, '127.0.0.1', '/shop/api/anything/else')).status).toBe(204);
  });

  test('a route can serve a file, after a delay, or as a download', async () => {
    expect((await get(server, '127.0.0.1', '/shop/page')).body).toBe('from a route');
    expect((await get(server, '127.0.0.1', '/shop/slow')).body).toBe('late');
    const download = await get(server, '127.0.0.1', '/shop/report.csv');
    expect(download.headers['content-disposition']).toBe('attachment; filename="report.csv"');
    expect(download.headers['content-type']).toBe('application/octet-stream');
  });

  test('routes of third parties work too', async () => {
    const answer = await get(server, 'analytics.localhost', '/collect?v=2');
    expect(answer.status).toBe(204);
    expect(answer.headers['set-cookie']).toEqual(['_ga=1']);
  });

  test('a hanging route never answers', async () => {
    await expect(get(server, '127.0.0.1', '/shop/forever', 300)).rejects.toThrow('timeout');
  });

  test('findRoute prefers the longest prefix', () => {
    const routes = { '/a*': { status: 1 }, '/a/b*': { status: 2 } };
    expect(findRoute(routes, '/a/b/c')?.status).toBe(2);
    expect(findRoute(routes, '/a/x')?.status).toBe(1);
    expect(findRoute(routes, '/b')).toBeUndefined();
  });
});

describe('vendored consent libraries', () => {
  test('serves allow-listed packages from node_modules, on any host', async () => {
    const answer = await get(server, 'cdn.localhost', '/vendor/klaro/package.json');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).name).toBe('klaro');
  });

  test.each([
    ['a package not on the list', '/vendor/playwright-core/package.json', 404],
    ['an escape from the package', '/vendor/klaro/%2e%2e/playwright-core/package.json', 400],
  ])('refuses %s', async (_, path, status) => {
    expect((await get(server, '127.0.0.1', path)).status).toBe(status);
  });
});

test('logs every request with its host name and path', async () => {
  await get(server, 'analytics.localhost', '/ga.js?x=1');
  expect(server.requests).toContainEqual({ host: 'analytics.localhost', path: '/ga.js?x=1' });
});

test('close() ends even with a request left hanging', async () => {
  const other = await startSiteServer({ root });
  const pending = get(other, '127.0.0.1', '/shop/forever', 5000).catch((error: Error) => error.message);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const started = Date.now();
  await other.close();
  expect(Date.now() - started).toBeLessThan(1000);
  expect(await pending).toMatch(/socket hang up|ECONNRESET/);
});
