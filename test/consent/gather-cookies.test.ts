import { describe, expect, test } from 'vitest';
import { parseCookieLine, scriptUrlFromStack } from '../../src/consent/gather-cookie-parse.js';
import { type CookieWrite, type JarCookie, mergeCookies } from '../../src/consent/gather-cookies.js';

const NOW = Date.UTC(2025, 0, 1);
const PAGE = 'https://www.example.com/shop/cart.html';

describe('parseCookieLine', () => {
  test.each([
    ['name and value', 'a=1', { name: 'a', value: '1', domain: 'www.example.com', path: '/shop', requestedLifetime: null, deleted: false }],
    ['Max-Age in seconds', '_ga=GA1; Max-Age=63072000', { requestedLifetime: 63072000, deleted: false }],
    ['Max-Age wins over Expires', 'a=1; Expires=Wed, 01 Jan 2025 01:00:00 GMT; Max-Age=60', { requestedLifetime: 60 }],
    ['Expires relative to the write', 'a=1; expires=Wed, 01 Jan 2025 01:00:00 GMT', { requestedLifetime: 3600, deleted: false }],
    ['Max-Age 0 deletes', 'a=; Max-Age=0', { requestedLifetime: 0, deleted: true }],
    ['negative Max-Age deletes', 'a=; max-age=-1', { deleted: true }],
    ['Expires in the past deletes', 'a=; Expires=Thu, 01 Jan 1970 00:00:00 GMT', { deleted: true, requestedLifetime: 0 }],
    ['a malformed Max-Age is ignored', 'a=1; Max-Age=soon', { requestedLifetime: null }],
    ['Domain gets the leading dot, lower case', 'a=1; Domain=Example.COM', { domain: '.example.com' }],
    ['a leading dot in Domain is not doubled', 'a=1; domain=.example.com', { domain: '.example.com' }],
    ['Path attribute', 'a=1; Path=/account', { path: '/account' }],
    ['a Path not starting with / falls back to the default', 'a=1; Path=account', { path: '/shop' }],
    ['flags', 'a=1; Secure; HttpOnly; SameSite=none; Partitioned', { secure: true, httpOnly: true, sameSite: 'None', partitioned: true }],
    ['no "=" means an empty name', 'lonely', { name: '', value: 'lonely' }],
    ['markup in names is kept as text', '<b>x</b>=1', { name: '<b>x</b>', value: '1' }],
    ['only the first "=" splits', 'a=b=c', { name: 'a', value: 'b=c' }],
  ])('%s', (_, line, expected) => {
    const parsed = parseCookieLine(line, PAGE, NOW);
    expect(parsed).not.toBeNull();
    expect(parsed).toMatchObject(expected);
  });

  test.each([
    ['an empty line', ''],
    ['a bare "="', '='],
    ['a line longer than any browser keeps', `a=${'x'.repeat(9000)}`],
  ])('ignores %s', (_, line) => {
    expect(parseCookieLine(line, PAGE, NOW)).toBeNull();
  });

  test('drops an unknown SameSite value', () => {
    expect(parseCookieLine('a=1; SameSite=sometimes', PAGE, NOW)).not.toHaveProperty('sameSite');
  });

  test('ignores writes from documents that are not http(s)', () => {
    expect(parseCookieLine('a=1', 'about:blank', NOW)).toBeNull();
  });

  test('a Domain attribute on an IP address gives a host cookie, as browsers store it', () => {
    expect(parseCookieLine('cc=1; domain=127.0.0.1', 'http://127.0.0.1:8080/site/', NOW)?.domain).toBe('127.0.0.1');
  });

  test('the default path is the directory of the URL', () => {
    expect(parseCookieLine('a=1', 'https://example.com/', NOW)?.path).toBe('/');
    expect(parseCookieLine('a=1', 'https://example.com/x', NOW)?.path).toBe('/');
    expect(parseCookieLine('a=1', 'https://example.com/a/b/c', NOW)?.path).toBe('/a/b');
  });
});

describe('scriptUrlFromStack', () => {
  test('takes the first script URL, skipping the hook itself', () => {
    const stack = 'Error\n    at HTMLDocument.set [as cookie] (<anonymous>:6:171)\n    at track (https://cdn.example.net/ga.js?v=2:1:36)\n    at https://example.com/:3:5';
    expect(scriptUrlFromStack(stack)).toBe('https://cdn.example.net/ga.js?v=2');
  });

  test('gives nothing when no script URL is in the stack', () => {
    expect(scriptUrlFromStack('Error\n    at <anonymous>:1:1')).toBeUndefined();
  });
});

function jar(partial: Partial<JarCookie> & Pick<JarCookie, 'name'>): JarCookie {
  return { value: 'v', domain: 'www.example.com', path: '/', expires: -1, httpOnly: false, secure: false, sameSite: 'Lax', ...partial };
}

function write(line: string, source: CookieWrite['source'], time: number, url = 'https://www.example.com/', setBy = url): CookieWrite {
  const parsed = parseCookieLine(line, url, NOW);
  if (!parsed) throw new Error(`unparsable fixture ${line}`);
  return { ...parsed, source, setBy, time };
}

const BASE = { firstPartySites: ['example.com'], includeValues: false, capturedAt: 5000, limit: 100 };

describe('mergeCookies', () => {
  test('merges the jar and a header write of the same cookie, keeping the asked-for lifetime and the capped expiry', () => {
    const { cookies } = mergeCookies({
      ...BASE,
      jar: [jar({ name: '_ga', domain: '.example.com', expires: 1_800_000_000.7 })],
      writes: [write('_ga=1; Domain=example.com; Max-Age=63072000', 'set-cookie', 120)],
    });
    expect(cookies).toEqual([
      expect.objectContaining({ name: '_ga', domain: '.example.com', expires: 1_800_000_000, requestedLifetime: 63072000, sources: ['jar', 'set-cookie'], firstSeen: 120, thirdParty: false }),
    ]);
  });

  test('a Domain write matches the host cookie the jar made of it', () => {
    const { cookies } = mergeCookies({
      ...BASE,
      jar: [jar({ name: 'pref', domain: 'example.com' })],
      writes: [write('pref=1; Domain=example.com', 'document.cookie', 4, 'https://example.com/')],
    });
    expect(cookies.map((entry) => [entry.domain, entry.sources])).toEqual([['example.com', ['jar', 'document.cookie']]]);
  });

  test('a cookie written and deleted by a script before the snapshot is kept as deleted', () => {
    const { cookies } = mergeCookies({
      ...BASE,
      jar: [],
      writes: [write('flash=1', 'document.cookie', 10, PAGE, 'https://www.example.com/app.js'), write('flash=; max-age=0', 'document.cookie', 110, PAGE)],
    });
    expect(cookies).toEqual([
      expect.objectContaining({ name: 'flash', deleted: true, sources: ['document.cookie'], setBy: 'https://www.example.com/app.js', requestedLifetime: null, expires: null }),
    ]);
  });

  test('a cookie still in the jar is not deleted, whatever the writes say', () => {
    const { cookies } = mergeCookies({
      ...BASE,
      jar: [jar({ name: 'a' })],
      writes: [write('a=1', 'document.cookie', 1), write('a=; max-age=0', 'document.cookie', 2)],
    });
    expect(cookies[0]?.deleted).toBeUndefined();
  });

  test('a removal of a cookie that was never set is not reported', () => {
    const { cookies } = mergeCookies({ ...BASE, jar: [], writes: [write('_fbp=; max-age=0', 'document.cookie', 3)] });
    expect(cookies).toEqual([]);
  });

  test('a write the browser refused (not in the jar) is still reported, from its source', () => {
    const { cookies } = mergeCookies({ ...BASE, jar: [], writes: [write('ad=1; SameSite=None', 'set-cookie', 3, 'https://ads.example.org/p')] });
    expect(cookies).toEqual([expect.objectContaining({ name: 'ad', domain: 'ads.example.org', sources: ['set-cookie'], thirdParty: true })]);
  });

  test('partitioned and unpartitioned cookies of the same name stay apart', () => {
    const { cookies } = mergeCookies({
      ...BASE,
      jar: [jar({ name: 'id', domain: 'tracker.example.org' }), jar({ name: 'id', domain: 'tracker.example.org', partitionKey: 'https://example.com' })],
      writes: [write('id=1; Secure; SameSite=None; Partitioned', 'set-cookie', 7, 'https://tracker.example.org/')],
    });
    expect(cookies.map((cookie) => [cookie.partitionKey ?? null, cookie.sources])).toEqual([
      [null, ['jar']],
      ['https://example.com', ['jar', 'set-cookie']],
    ]);
    expect(cookies.every((cookie) => cookie.thirdParty)).toBe(true);
  });

  test('values are dropped unless asked for', () => {
    const input = { ...BASE, jar: [jar({ name: 'sid', value: 'secret' })], writes: [] };
    expect(mergeCookies(input).cookies[0]).not.toHaveProperty('value');
    expect(mergeCookies({ ...input, includeValues: true }).cookies[0]?.value).toBe('secret');
  });

  test('a jar-only cookie is first seen at the snapshot', () => {
    expect(mergeCookies({ ...BASE, jar: [jar({ name: 'a' })], writes: [] }).cookies[0]?.firstSeen).toBe(5000);
  });

  test('output is sorted and capped, with the number dropped', () => {
    const names = ['b', 'a', 'c', 'e', 'd'];
    const { cookies, dropped } = mergeCookies({ ...BASE, limit: 3, jar: names.map((name) => jar({ name })), writes: [] });
    expect(cookies.map((cookie) => cookie.name)).toEqual(['a', 'b', 'c']);
    expect(dropped).toBe(2);
  });
});
