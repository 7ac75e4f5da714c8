import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInput, type LoadOptions } from '../../src/document/load.js';
import { PrivacyLintError } from '../../src/errors.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');
let abortedBodies = 0;

const routes: Record<string, Handler> = {
  '/header-charset': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1', 'content-language': 'fr-BE, fr' });
    res.end(latin1('<html><body><main><p>Donn\xe9es conserv\xe9es.</p></main></body></html>'));
  },
  '/meta-charset': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(latin1('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body>10 \xa4</body></html>'));
  },
  '/policy.md': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/markdown; charset=utf-8' });
    res.end('# Privacy\n\nWe keep nothing.\n');
  },
  '/plain.html': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('Privacy\n\nWe keep nothing.\n');
  },
  '/no-type.md': (_req, res) => {
    res.writeHead(200);
    res.end('Privacy\n\nWe keep nothing.\n');
  },
  '/r1': (_req, res) => redirect(res, 301, '/r2'),
  '/r2': (_req, res) => redirect(res, 302, 'r3'),
  '/r3': (_req, res) => redirect(res, 307, '/policy.md'),
  '/loop-a': (_req, res) => redirect(res, 302, '/loop-b'),
  '/loop-b': (_req, res) => redirect(res, 302, '/loop-a'),
  '/no-location': (_req, res) => {
    res.writeHead(302);
    res.end();
  },
  '/to-file': (_req, res) => redirect(res, 302, 'file:///etc/passwd'),
  '/missing': (_req, res) => {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<h1>Not found</h1>');
  },
  '/broken': (_req, res) => {
    res.writeHead(503);
    res.end();
  },
  '/slow-headers': () => {
    // Never answers.
  },
  '/endless-body': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<p>Start of a policy that never ends');
  },
  '/huge-chunked': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.on('close', () => {
      if (!res.writableFinished) abortedBodies++;
    });
    const chunk = Buffer.alloc(16 * 1024, 0x61);
    const pump = (): void => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once('drain', pump);
    };
    pump();
  },
  '/huge-declared': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(50 * 1024 * 1024) });
    res.write('a');
  },
  '/pdf': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end('%PDF-1.7\n');
  },
  '/empty': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end();
  },
};

/** `/chain/n` is n redirects away from a page. */
for (let hops = 1; hops <= 6; hops++) routes[`/chain/${hops}`] = (_req, res) => redirect(res, 302, `/chain/${hops - 1}`);
routes['/chain/0'] = routes['/policy.md'] as Handler;

function redirect(res: ServerResponse, status: number, location: string): void {
  res.writeHead(status, { location });
  res.end();
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const handler = routes[path];
  if (handler) handler(req, res);
  else {
    res.writeHead(404);
    res.end();
  }
});
let base = '';

beforeAll(async () => {
  base = `http://${await listen(server)}`;
});
afterAll(() => close(server));

async function loadError(input: string, options?: LoadOptions): Promise<PrivacyLintError> {
  try {
    await loadInput(input, options);
  } catch (error) {
    if (error instanceof PrivacyLintError) return error;
    throw error;
  }
  throw new Error(`${input} loaded without error`);
}

describe('loadInput: URLs', () => {
  it('decodes with the Content-Type charset and keeps Content-Language', async () => {
    const source = await loadInput(`${base}/header-charset`);
    expect(source).toMatchObject({ target: `${base}/header-charset`, format: 'html', encoding: 'windows-1252', declaredLanguage: 'fr-BE' });
    expect(source.text).toContain('Données conservées.');
  });

  it('falls back to the charset in a meta tag', async () => {
    const source = await loadInput(`${base}/meta-charset`);
    expect(source.encoding).toBe('iso-8859-15');
    expect(source.text).toContain('10 €');
  });

  it.each([
    ['/policy.md', 'markdown'],
    ['/plain.html', 'text'],
    ['/no-type.md', 'markdown'],
  ])('takes the format of %s from the content type, else from the path', async (path, format) => {
    expect((await loadInput(`${base}${path}`)).format).toBe(format);
  });

  it('follows a redirect chain and reports the final URL as the target', async () => {
    const source = await loadInput(`${base}/r1`);
    expect(source.target).toBe(`${base}/policy.md`);
    expect(source.format).toBe('markdown');
  });

  it('follows five redirects but not six', async () => {
    await expect(loadInput(`${base}/chain/5`)).resolves.toMatchObject({ target: `${base}/chain/0` });
    const error = await loadError(`${base}/chain/6`);
    expect(error.code).toBe('FETCH_FAILED');
    expect(error.message).toContain('more than 5 redirects');
  });

  it.each([
    ['/loop-a', /redirect loop \(back to .*\/loop-a\)/],
    ['/no-location', /redirect without a Location header/],
    ['/to-file', /redirect to a non-HTTP URL \(file:\)/],
  ])('refuses the redirect of %s', async (path, message) => {
    const error = await loadError(`${base}${path}`);
    expect(error.code).toBe('FETCH_FAILED');
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`${base}${path}`);
  });

  it.each([
    ['/missing', 'HTTP 404', /does not exist/],
    ['/broken', 'HTTP 503', /server failed/],
  ])('%s → HTTP_STATUS', async (path, status, hint) => {
    const error = await loadError(`${base}${path}`);
    expect(error.code).toBe('HTTP_STATUS');
    expect(error.message).toContain(`${base}${path}: ${status}`);
    expect(error.hint).toMatch(hint);
  });

  it.each(['/slow-headers', '/endless-body'])('times out on %s with the whole exchange bounded', async (path) => {
    const started = Date.now();
    const error = await loadError(`${base}${path}`, { timeoutMs: 300 });
    expect(error.code).toBe('FETCH_TIMEOUT');
    expect(error.message).toBe(`${base}${path}: no complete response within 300 ms`);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('cuts a body that grows past the cap and stops reading it', async () => {
    const error = await loadError(`${base}/huge-chunked`, { maxBytes: 64 * 1024 });
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toBe(`${base}/huge-chunked is larger than the 64 KiB limit`);
    await expect.poll(() => abortedBodies).toBe(1);
  });

  it('refuses a declared Content-Length above the cap before reading', async () => {
    expect((await loadError(`${base}/huge-declared`, { maxBytes: 1024 })).code).toBe('INPUT_TOO_LARGE');
  });

  it.each([
    ['/pdf', 'INPUT_BINARY'],
    ['/empty', 'INPUT_EMPTY'],
  ])('%s → %s', async (path, code) => {
    expect((await loadError(`${base}${path}`)).code).toBe(code);
  });

  it('reports a refused connection with the URL and the cause', async () => {
    const closed = createServer();
    const address = await listen(closed);
    await close(closed);
    const error = await loadError(`http://${address}/privacy`);
    expect(error.code).toBe('FETCH_FAILED');
    expect(error.message).toBe(`http://${address}/privacy: connection refused`);
  });
});

describe('loadInput: TLS', () => {
  const tlsDir = new URL('../../fixtures/inputs/tls/', import.meta.url);
  const tls = createTlsServer({ key: readFileSync(new URL('key.pem', tlsDir)), cert: readFileSync(new URL('cert.pem', tlsDir)) }, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<p>Private.</p>');
  });
  let tlsBase = '';
  beforeAll(async () => {
    tlsBase = `https://${await listen(tls)}`;
  });
  afterAll(() => close(tls));

  it('reports a self-signed certificate as TLS_ERROR with its code', async () => {
    const error = await loadError(`${tlsBase}/privacy`);
    expect(error.code).toBe('TLS_ERROR');
    expect(error.message).toContain(`${tlsBase}/privacy: TLS certificate problem (DEPTH_ZERO_SELF_SIGNED_CERT`);
    expect(error.hint).toMatch(/self-signed/);
  });
});
