/** Links of a fetched page, read from its HTML the way a browser resolves them (`<base href>` included). */
import { load, type CheerioAPI } from 'cheerio';
import { sameSiteLinks, type RawLink } from '../consent/gather-links.js';

/** Enough anchors for any real navigation; a hostile page with a million links costs no more than this. */
const MAX_ANCHORS = 5000;

export function parseHtml(html: string): CheerioAPI {
  return load(html);
}

/** The URL relative links of the page resolve against. */
export function baseUrlOf($: CheerioAPI, pageUrl: string): string {
  const base = $('base[href]').first().attr('href');
  if (!base) return pageUrl;
  try {
    return new URL(base, pageUrl).href;
  } catch {
    return pageUrl;
  }
}

/** Same-site page links worth crawling: sorted, without fragments, downloads or log-out links. */
export function extractLinks(html: string | CheerioAPI, pageUrl: string): string[] {
  const $ = typeof html === 'string' ? parseHtml(html) : html;
  const base = baseUrlOf($, pageUrl);
  const raw: RawLink[] = [];
  $('a[href], area[href]').each((index, element) => {
    if (index >= MAX_ANCHORS) return false;
    const href = $(element).attr('href')!;
    try {
      raw.push({ href: new URL(href, base).href, download: $(element).attr('download') !== undefined });
    } catch {
      // Not a URL: nothing to follow.
    }
    return undefined;
  });
  return sameSiteLinks(raw, pageUrl);
}
