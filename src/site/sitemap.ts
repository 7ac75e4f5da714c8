/** sitemap.xml (sitemaps.org): page URLs of a `urlset`, and the child sitemaps of a `sitemapindex`. */
import { load } from 'cheerio';

export interface Sitemap {
  pages: string[];
  sitemaps: string[];
}

/** Far more than a crawl of a few pages needs; the rest of a 50,000-entry sitemap is not read. */
const MAX_ENTRIES = 1000;

export function parseSitemap(xml: string, sitemapUrl: string): Sitemap {
  const $ = load(xml, { xml: true });
  const locs = (selector: string): string[] => {
    const out: string[] = [];
    $(selector).each((_, element) => {
      if (out.length >= MAX_ENTRIES) return false;
      const url = httpUrl($(element).text().trim(), sitemapUrl);
      if (url) out.push(url);
      return undefined;
    });
    return out;
  };
  return { pages: locs('urlset > url > loc'), sitemaps: locs('sitemapindex > sitemap > loc') };
}

/** Absolute http(s) URL without fragment, or null. Relative locations are resolved, as lenient crawlers do. */
function httpUrl(text: string, base: string): string | null {
  try {
    const url = new URL(text, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}
