/**
 * Crawls a few pages of a site: the start page, then same-site links level by level (and, after the start page's
 * links, the pages of sitemap.xml), up to a depth and a page count, skipping what robots.txt forbids. Which pages
 * are taken when there are more than room is decided by `selectPages`, so a crawl repeats exactly. Fetching is the
 * only I/O, through a fetcher that tests replace.
 */
import { withoutHash } from '../consent/gather-links.js';
import { siteOf } from '../consent/site-of.js';
import { describeError } from '../errors.js';
import type { TargetError } from '../types.js';
import { fetchPage, type FetchedPage, type FetchLimits, type PageFetcher } from './fetch-page.js';
import { extractLinks } from './links.js';
import { parseRobots, robotsAllows, type RobotsPolicy } from './robots.js';
import { selectPages } from './select-pages.js';
import { parseSitemap } from './sitemap.js';

export interface CrawlOptions {
  /** Pages fetched, the start page included (default 5). */
  maxPages?: number;
  /** Link depth from the start page (default 2). */
  depth?: number;
  ignoreRobots?: boolean;
  /** Decides which pages are taken when there are more links than room (default: URL order). */
  seed?: string;
  /** Time limit of each request (default 15000). */
  timeoutMs?: number;
  /** Time limit of the whole crawl (default 60000): past it, no new page is fetched. */
  totalMs?: number;
  /** Size limit of each page (default 5 MiB). */
  maxBytes?: number;
  signal?: AbortSignal;
  fetch?: PageFetcher;
}

export interface CrawledPage {
  url: string;
  /** After redirects. */
  finalUrl: string;
  depth: number;
  via: 'start' | 'link' | 'sitemap';
  html: string;
  links: string[];
}

export interface CrawlSkip {
  url: string;
  reason: 'robots' | 'off-site' | 'not-html' | 'http-status' | 'fetch-failed';
  detail?: string;
}

export interface CrawlResult {
  start: string;
  pages: CrawledPage[];
  skipped: CrawlSkip[];
  /** What robots.txt said: rules, nothing (absent), everything forbidden (unreachable), or not consulted. */
  robots: RobotsPolicy['kind'] | 'ignored';
  /** Same-site pages listed in sitemaps. */
  sitemapPages: string[];
  /** The start page could not be fetched. */
  error?: TargetError;
  /** Stopped by the signal, or the start page failed. */
  partial: boolean;
  /** The crawl's time limit ended it before it ran out of room or links. */
  timedOut?: boolean;
}

export const DEFAULT_MAX_PAGES = 5;
export const DEFAULT_DEPTH = 2;
const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_TOTAL_MS = 60_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** Sitemaps read at most: robots.txt's, /sitemap.xml, and children of a sitemap index. */
const MAX_SITEMAPS = 4;
/** Failed fetches do not get to use up a whole site: a bound on attempts per page of room. */
const ATTEMPTS_PER_PAGE = 3;

export async function crawl(startUrl: string, options: CrawlOptions = {}): Promise<CrawlResult> {
  const fetcher = options.fetch ?? fetchPage;
  const budget = AbortSignal.timeout(options.totalMs ?? DEFAULT_TOTAL_MS);
  const limits: FetchLimits = {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    signal: options.signal ? AbortSignal.any([budget, options.signal]) : budget,
  };
  const maxPages = Math.max(1, Math.floor(options.maxPages ?? DEFAULT_MAX_PAGES));
  const maxDepth = Math.max(0, Math.floor(options.depth ?? DEFAULT_DEPTH));
  const start = withoutHash(startUrl);
  const result: CrawlResult = { start, pages: [], skipped: [], robots: 'ignored', sitemapPages: [], partial: false };
  const stopped = () => limits.signal!.aborted;

  const robots = await readRobots(start, fetcher, limits);
  if (!options.ignoreRobots) result.robots = robots.policy.kind;
  const allowed = (url: string) => options.ignoreRobots === true || robotsAllows(robots.policy, url);

  // The start page is the one the user named: it is fetched whatever robots.txt says.
  const first = await fetchHtml(start, fetcher, limits, null);
  if ('skip' in first) {
    result.partial = true;
    result.error = { code: first.skip.reason === 'fetch-failed' ? 'FETCH_FAILED' : 'HTTP_STATUS', message: `${start}: ${first.skip.detail ?? first.skip.reason}` };
    return result;
  }
  const site = siteOf(first.page.url);
  result.pages.push(toCrawled(start, first.page, 0, 'start'));
  const seen = new Set([start, withoutHash(first.page.url)]);

  if (maxDepth >= 1 && maxPages > 1 && !stopped()) {
    result.sitemapPages = await readSitemaps(first.page.url, robots.sitemaps, site, fetcher, limits);
  }

  for (let depth = 1; depth <= maxDepth && result.pages.length < maxPages && !stopped(); depth++) {
    const linked = new Set(result.pages.filter((page) => page.depth === depth - 1).flatMap((page) => page.links));
    const fromSitemap = depth === 1 ? result.sitemapPages.filter((url) => !linked.has(url)) : [];
    // Pages a visitor can reach by a link come before those only the sitemap lists.
    const candidates = [linked, fromSitemap].flatMap((urls) => {
      const fresh = [...urls].filter((url) => !seen.has(url));
      return selectPages(fresh, fresh.length, options.seed);
    });
    if (candidates.length === 0) break;
    let attempts = 0;
    for (const url of candidates) {
      if (result.pages.length >= maxPages || attempts >= maxPages * ATTEMPTS_PER_PAGE || stopped()) break;
      seen.add(url);
      if (!allowed(url)) {
        result.skipped.push({ url, reason: 'robots' });
        continue;
      }
      attempts++;
      const fetched = await fetchHtml(url, fetcher, limits, site);
      if ('skip' in fetched) {
        result.skipped.push(fetched.skip);
        continue;
      }
      const finalUrl = withoutHash(fetched.page.url);
      if (finalUrl !== url && seen.has(finalUrl)) continue;
      seen.add(finalUrl);
      result.pages.push(toCrawled(url, fetched.page, depth, linked.has(url) ? 'link' : 'sitemap'));
    }
  }
  if (options.signal?.aborted) result.partial = true;
  else if (budget.aborted) result.timedOut = true;
  return result;
}

function toCrawled(url: string, page: FetchedPage, depth: number, via: CrawledPage['via']): CrawledPage {
  return { url, finalUrl: page.url, depth, via, html: page.text, links: extractLinks(page.text, page.url) };
}

/** A fetched HTML page of `site` (any site for the start page), or why it is skipped. */
async function fetchHtml(url: string, fetcher: PageFetcher, limits: FetchLimits, site: string | null): Promise<{ page: FetchedPage } | { skip: CrawlSkip }> {
  let page: FetchedPage;
  try {
    page = await fetcher(url, limits);
  } catch (error) {
    return { skip: { url, reason: 'fetch-failed', detail: describeError(error).message } };
  }
  if (page.status >= 400) return { skip: { url, reason: 'http-status', detail: `HTTP ${page.status}` } };
  if (site !== null && siteOf(page.url) !== site) return { skip: { url, reason: 'off-site', detail: page.url } };
  if (!isHtml(page)) return { skip: { url, reason: 'not-html', detail: page.contentType ?? 'no content type' } };
  return { page };
}

function isHtml(page: FetchedPage): boolean {
  if (page.contentType) return /html/i.test(page.contentType);
  return /<(html|body|a)\b/i.test(page.text.slice(0, 4096));
}

/** RFC 9309 §2.3.1: a 4xx means no rules, a 5xx or no answer means nothing may be crawled. */
async function readRobots(start: string, fetcher: PageFetcher, limits: FetchLimits): Promise<{ policy: RobotsPolicy; sitemaps: string[] }> {
  const url = new URL('/robots.txt', start).href;
  try {
    const page = await fetcher(url, limits);
    if (page.status >= 500) return { policy: { kind: 'disallow-all', reason: `HTTP ${page.status}` }, sitemaps: [] };
    if (page.status >= 400) return { policy: { kind: 'allow-all' }, sitemaps: [] };
    const robots = parseRobots(page.text);
    return { policy: { kind: 'rules', robots }, sitemaps: robots.sitemaps };
  } catch (error) {
    return { policy: { kind: 'disallow-all', reason: describeError(error).message }, sitemaps: [] };
  }
}

/** Same-site page URLs of the sitemaps robots.txt names, else of /sitemap.xml; sitemap indexes are followed. */
async function readSitemaps(pageUrl: string, declared: string[], site: string, fetcher: PageFetcher, limits: FetchLimits): Promise<string[]> {
  const sameSite = (url: string) => siteOf(url) === site;
  const queue = declared.length > 0 ? declared.filter(sameSite) : [new URL('/sitemap.xml', pageUrl).href];
  const pages: string[] = [];
  const read = new Set<string>();
  while (queue.length > 0 && read.size < MAX_SITEMAPS) {
    const url = queue.shift()!;
    if (read.has(url)) continue;
    read.add(url);
    try {
      const page = await fetcher(url, limits);
      if (page.status >= 400 || !page.text) continue;
      const sitemap = parseSitemap(page.text, page.url);
      pages.push(...sitemap.pages.filter(sameSite));
      queue.push(...sitemap.sitemaps.filter(sameSite));
    } catch {
      // A missing or broken sitemap only means fewer candidates.
    }
  }
  return [...new Set(pages)];
}

