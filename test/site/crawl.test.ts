import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl } from '../../src/site/crawl.js';
import { fetchPage, type FetchedPage, type PageFetcher } from '../../src/site/fetch-page.js';
import { extractLinks } from '../../src/site/links.js';
import { selectPages } from '../../src/site/select-pages.js';
import { parseSitemap } from '../../src/site/sitemap.js';
import { serveAtRoot, type RootServer } from './serve-at-root.js';

const SITE = 'https://shop.example.eu/';
const html = (links: string[]) => `<html><body>${links.map((href) => `<a href="${href}">${href}</a>`).join(' ')}</body></html>`;

/** A site in memory: path → page; anything else is a 404. Records what was fetched. */
function fakeSite(pages: Record<string, Partial<FetchedPage> & { links?: string[] }>): { fetch: PageFetcher; fetched: string[] } {
  const fetched: string[] = [];
  const fetch: PageFetcher = async (url) => {
    fetched.push(url);
    const page = pages[new URL(url).pathname];
    if (!page) return { url, status: 404, contentType: 'text/html', text: '' };
    if (page.status === -1) throw new Error('connection reset');
    return { url: page.url ?? url, status: page.status ?? 200, contentType: page.contentType ?? 'text/html', text: page.text ?? html(page.links ?? []) };
  };
  return { fetch, fetched };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');
const wide = () => fakeSite({ '/': { links: LETTERS.map((letter) => `/${letter}.html`) }, ...Object.fromEntries(LETTERS.map((letter) => [`/${letter}.html`, { links: [`/${letter}/deeper.html`] }])) });

describe('selectPages', () => {
  const urls = LETTERS.map((letter) => `${SITE}${letter}`);

  it('takes URLs in order without a seed', () => {
    expect(selectPages([...urls].reverse(), 3)).toEqual(urls.slice(0, 3));
  });

  it('repeats the same choice for the same seed and makes another for another seed', () => {
    const first = selectPages(urls, 5, 'audit-2025');
    expect(selectPages([...urls].reverse(), 5, 'audit-2025')).toEqual(first);
    expect(selectPages(urls, 5, 'audit-2026')).not.toEqual(first);
    expect(new Set(first).size).toBe(5);
  });

  it('copes with duplicates and no room', () => {
    expect(selectPages(['b', 'a', 'b'], 10)).toEqual(['a', 'b']);
    expect(selectPages(urls, 0, 'x')).toEqual([]);
  });
});

describe('parseSitemap and extractLinks', () => {
  it('reads a urlset and a sitemap index, resolving and keeping only http(s)', () => {
    const urlset = '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc> https://shop.example.eu/a </loc></url><url><loc>/b#top</loc></url><url><loc>ftp://x/y</loc></url></urlset>';
    expect(parseSitemap(urlset, `${SITE}sitemap.xml`)).toEqual({ pages: [`${SITE}a`, `${SITE}b`], sitemaps: [] });
    const index = '<sitemapindex><sitemap><loc>https://shop.example.eu/s1.xml</loc></sitemap></sitemapindex>';
    expect(parseSitemap(index, `${SITE}sitemap.xml`)).toEqual({ pages: [], sitemaps: [`${SITE}s1.xml`] });
  });

  it('keeps same-site page links only, as the browser would resolve them', () => {
    const page = '<base href="/fr/"><a href="a.html#x">a</a><a href="https://other.example/">o</a><a href="https://www.shop.example.eu/w">w</a><a href="cv.pdf">pdf</a><a href="/logout">out</a><a href="mailto:x@y.z">m</a>';
    expect(extractLinks(page, SITE)).toEqual([`${SITE}fr/a.html`, 'https://www.shop.example.eu/w']);
  });
});

describe('crawl (fake fetcher)', () => {
  it('crawls level by level up to the page limit, links in URL order', async () => {
    const { fetch } = wide();
    const result = await crawl(SITE, { fetch, maxPages: 4, depth: 2 });
    expect(result.pages.map((page) => [page.url.slice(SITE.length - 1), page.depth, page.via])).toEqual([
      ['/', 0, 'start'],
      ['/a.html', 1, 'link'],
      ['/b.html', 1, 'link'],
      ['/c.html', 1, 'link'],
    ]);
    expect(result.partial).toBe(false);
  });

  it('goes deeper only when a level leaves room, and never past the depth', async () => {
    const site = fakeSite({ '/': { links: ['/a.html'] }, '/a.html': { links: ['/b.html'] }, '/b.html': { links: ['/c.html'] }, '/c.html': {} });
    expect((await crawl(SITE, { fetch: site.fetch, maxPages: 10, depth: 2 })).pages.map((page) => page.depth)).toEqual([0, 1, 2]);
    expect((await crawl(SITE, { fetch: site.fetch, maxPages: 10, depth: 0 })).pages).toHaveLength(1);
  });

  it('chooses the same pages for the same seed, and others for another seed', async () => {
    const pagesFor = async (seed: string) => (await crawl(SITE, { fetch: wide().fetch, maxPages: 4, depth: 1, seed })).pages.map((page) => page.url);
    const first = await pagesFor('one');
    expect(await pagesFor('one')).toEqual(first);
    expect(await pagesFor('two')).not.toEqual(first);
    expect(first[0]).toBe(SITE);
  });

  it('skips what robots.txt forbids, unless told to ignore it', async () => {
    const pages = { '/robots.txt': { contentType: 'text/plain', text: 'User-agent: *\nDisallow: /b\n' }, '/': { links: ['/a', '/b'] }, '/a': {}, '/b': {} };
    const obeyed = await crawl(SITE, { fetch: fakeSite(pages).fetch });
    expect(obeyed.pages.map((page) => page.url)).toEqual([SITE, `${SITE}a`]);
    expect(obeyed.skipped).toEqual([{ url: `${SITE}b`, reason: 'robots' }]);
    expect(obeyed.robots).toBe('rules');
    const ignored = await crawl(SITE, { fetch: fakeSite(pages).fetch, ignoreRobots: true });
    expect(ignored.pages.map((page) => page.url)).toEqual([SITE, `${SITE}a`, `${SITE}b`]);
    expect(ignored.robots).toBe('ignored');
  });

  it('crawls only the start page when robots.txt is unreachable (5xx)', async () => {
    const result = await crawl(SITE, { fetch: fakeSite({ '/robots.txt': { status: 503 }, '/': { links: ['/a'] }, '/a': {} }).fetch });
    expect(result.pages.map((page) => page.url)).toEqual([SITE]);
    expect(result.robots).toBe('disallow-all');
  });

  it('adds the sitemap pages after the linked ones, same site only', async () => {
    const sitemap = `<urlset><url><loc>${SITE}hidden</loc></url><url><loc>https://elsewhere.example/x</loc></url></urlset>`;
    const { fetch } = fakeSite({ '/sitemap.xml': { contentType: 'application/xml', text: sitemap }, '/': { links: ['/a'] }, '/a': {}, '/hidden': {} });
    const result = await crawl(SITE, { fetch });
    expect(result.pages.map((page) => [page.url, page.via])).toEqual([
      [SITE, 'start'],
      [`${SITE}a`, 'link'],
      [`${SITE}hidden`, 'sitemap'],
    ]);
    expect(result.sitemapPages).toEqual([`${SITE}hidden`]);
  });

  it('skips failures, other sites and other content, and tries the next link instead', async () => {
    const { fetch } = fakeSite({
      '/': { links: ['/a', '/b', '/c', '/d', '/e'] },
      '/a': { status: -1 },
      '/b': { url: 'https://elsewhere.example/b' },
      '/c': { contentType: 'application/pdf', text: '' },
      '/e': {},
    });
    const result = await crawl(SITE, { fetch, maxPages: 2 });
    expect(result.pages.map((page) => page.url)).toEqual([SITE, `${SITE}e`]);
    expect(result.skipped.map((skip) => [skip.url.slice(SITE.length - 1), skip.reason])).toEqual([
      ['/a', 'fetch-failed'],
      ['/b', 'off-site'],
      ['/c', 'not-html'],
      ['/d', 'http-status'],
    ]);
  });

  it('reports a start page that cannot be fetched', async () => {
    const result = await crawl(SITE, { fetch: fakeSite({}).fetch });
    expect(result).toMatchObject({ pages: [], partial: true, error: { code: 'HTTP_STATUS' } });
  });

  it('stops fetching when its time limit is spent, without calling the crawl partial', async () => {
    const { fetch } = wide();
    const slow: PageFetcher = async (url, limits) => {
      await new Promise((resolve) => setTimeout(resolve, 40));
      return fetch(url, limits);
    };
    const result = await crawl(SITE, { fetch: slow, maxPages: 10, depth: 1, totalMs: 150 });
    expect(result.timedOut).toBe(true);
    expect(result.partial).toBe(false);
    expect(result.pages.length).toBeGreaterThan(0);
    expect(result.pages.length).toBeLessThan(10);
  });

  it('stops when its signal fires and says the crawl is partial', async () => {
    const controller = new AbortController();
    const { fetch, fetched } = wide();
    const stopping: PageFetcher = async (url, limits) => {
      if (fetched.length === 3) controller.abort();
      return fetch(url, limits);
    };
    const result = await crawl(SITE, { fetch: stopping, maxPages: 10, depth: 2, signal: controller.signal });
    expect(result.partial).toBe(true);
    expect(result.pages.length).toBeLessThan(10);
  });
});

describe('crawl and fetchPage on a site served at the root of 127.0.0.1, with robots.txt and sitemap.xml', () => {
  let server: RootServer;
  beforeAll(async () => {
    server = await serveAtRoot(join(__dirname, '..', '..', 'fixtures', 'sites', 'xcheck-crawl'));
  });
  afterAll(() => server.close());

  const paths = (result: Awaited<ReturnType<typeof crawl>>) => result.pages.map((page) => new URL(page.url).pathname);

  it('obeys the group naming privacy-lint, reads the sitemap and stops at the depth', async () => {
    const result = await crawl(`${server.origin}/`, { maxPages: 20, depth: 2 });
    expect(paths(result)).toEqual(['/', '/about.html', '/page2.html', '/privacy.html', '/private/open.html', '/from-sitemap.html', '/deep/level2.html']);
    expect(result.skipped).toEqual([{ url: `${server.origin}/private/secret.html`, reason: 'robots' }]);
    expect(result.robots).toBe('rules');
    expect(server.requests).not.toContain('/private/secret.html');
    expect(server.requests).not.toContain('/deep/level3.html');
  });

  it('fetches the forbidden page when robots.txt is ignored', async () => {
    const result = await crawl(`${server.origin}/`, { maxPages: 20, depth: 1, ignoreRobots: true });
    expect(paths(result)).toContain('/private/secret.html');
    expect(paths(result)).not.toContain('/deep/level2.html');
  });

  it('keeps to the page limit, the start page first', async () => {
    const result = await crawl(`${server.origin}/`, { maxPages: 3, depth: 2 });
    expect(paths(result)).toEqual(['/', '/about.html', '/page2.html']);
  });

  it('returns the status and text of a page, and an empty text for an error status', async () => {
    const page = await fetchPage(`${server.origin}/about.html`, { timeoutMs: 5000, maxBytes: 100_000 });
    expect(page).toMatchObject({ url: `${server.origin}/about.html`, status: 200, contentType: 'text/html; charset=utf-8' });
    expect(page.text).toContain('Family business');
    expect(await fetchPage(`${server.origin}/missing.html`, { timeoutMs: 5000, maxBytes: 100_000 })).toMatchObject({ status: 404, text: '' });
  });

  it('refuses a page over the size limit, and says when nothing answers', async () => {
    await expect(fetchPage(`${server.origin}/index.html`, { timeoutMs: 5000, maxBytes: 100 })).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE' });
    await expect(fetchPage('http://127.0.0.1:1/', { timeoutMs: 5000, maxBytes: 100 })).rejects.toMatchObject({ code: 'FETCH_FAILED' });
  });
});
