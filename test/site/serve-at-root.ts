/**
 * Serves one fixture site at the root of its own origin on 127.0.0.1, where robots.txt and sitemap.xml mean what
 * they say (the shared fixture server puts every site under /<site>/). `{{PORT}}` in text files becomes the port.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

export interface RootServer {
  origin: string;
  /** Paths requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export async function serveAtRoot(folder: string): Promise<RootServer> {
  const root = resolve(folder);
  const requests: string[] = [];
  let port = 0;
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0]!);
    requests.push(request.url ?? '/');
    const file = resolve(join(root, path));
    const send = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    };
    if (file !== root && !file.startsWith(root + sep)) return send(400, 'text/plain', 'bad path');
    (async () => {
      const target = (await stat(file)).isDirectory() ? join(file, 'index.html') : file;
      const type = TYPES[extname(target)] ?? 'application/octet-stream';
      const body = await readFile(target, 'utf8');
      send(200, type, body.split('{{PORT}}').join(String(port)));
    })().catch(() => send(404, 'text/plain', 'not found'));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  port = address.port;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
