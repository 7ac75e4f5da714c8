/**
 * Which further pages of the same site to visit: same registrable domain, http(s), not the page itself, not a download,
 * not an action a visitor would regret (log out, unsubscribe, delete). Sorted, so runs are repeatable.
 */
import { siteOf } from './site-of.js';

export interface RawLink {
  href: string;
  download: boolean;
}

const MAX_LINKS = 200;

const DOWNLOAD_EXTENSION = /\.(pdf|zip|gz|tgz|bz2|xz|7z|rar|exe|msi|dmg|pkg|deb|rpm|apk|iso|docx?|xlsx?|pptx?|odt|ods|odp|csv|rtf|epub|mp3|mp4|m4a|mov|avi|mkv|webm|wav|ogg|jpe?g|png|gif|webp|svg|ics|vcf)$/i;

const REGRETTABLE = /log-?out|log-?off|sign-?out|sign-?off|abmelden|ausloggen|d[ée]connexion|deconnecter|cerrar-?sesion|uitloggen|unsubscribe|d[ée]sinscri|abbestellen|delete|remove-?account/i;

/** Same-site page links worth visiting, without fragments, deduplicated and sorted. */
export function sameSiteLinks(links: readonly RawLink[], pageUrl: string): string[] {
  const out = new Set<string>();
  for (const link of links) {
    const target = link.download ? null : worthVisiting(link.href, pageUrl);
    if (target) out.add(target);
  }
  return [...out].sort().slice(0, MAX_LINKS);
}

/** The same filter over pages chosen elsewhere (a crawl), keeping their order. */
export function sameSitePages(pages: readonly string[], startUrl: string): string[] {
  const out = new Set<string>();
  for (const page of pages) {
    const target = worthVisiting(page, startUrl);
    if (target) out.add(target);
  }
  return [...out].slice(0, MAX_LINKS);
}

/** `href` resolved against `pageUrl`, without its fragment, when it is another page of the same site worth a visit. */
function worthVisiting(href: string, pageUrl: string): string | null {
  if (href.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  const target = url.href;
  if (target === withoutHash(pageUrl) || siteOf(target) !== siteOf(pageUrl)) return null;
  if (DOWNLOAD_EXTENSION.test(url.pathname) || REGRETTABLE.test(`${url.pathname}${url.search}`)) return null;
  return target;
}

/** The URL without its fragment: `/page#a` and `/page#b` are the same page. */
export function withoutHash(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}

/** Runs in the page: every anchor, as the browser resolved it. Serialised by Playwright, so self-contained. */
export function collectAnchors(max: number): RawLink[] {
  const out: RawLink[] = [];
  const anchors = document.querySelectorAll('a[href], area[href]');
  for (let index = 0; index < anchors.length && out.length < max; index += 1) {
    const anchor = anchors[index] as HTMLAnchorElement;
    out.push({ href: String(anchor.href), download: anchor.hasAttribute('download') });
  }
  return out;
}

/** The page's answer went through a hostile page's globals; keep only well-formed entries. */
export function readAnchors(value: unknown): RawLink[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (link): link is RawLink => Boolean(link) && typeof link.href === 'string' && typeof link.download === 'boolean',
  );
}
