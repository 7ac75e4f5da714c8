/**
 * The "site" of a URL, host or cookie domain: its registrable domain (eTLD+1), the unit browsers use to tell first from
 * third parties. Private suffixes count (`someone.github.io` is its own site), as they do in browsers.
 */
import { parse } from 'tldts';

/**
 * `https://www.example.co.uk/x` → `example.co.uk`. IP addresses and `localhost` are their own site; so is each
 * `name.localhost`, which Chromium resolves to loopback and treats as a site apart from `127.0.0.1`. Returns `''` for
 * what is not an http(s) URL or a host name.
 */
export function siteOf(urlOrHost: string): string {
  const host = hostOf(urlOrHost);
  if (!host) return '';
  const parsed = parse(host, { allowPrivateDomains: true });
  if (parsed.isIp) return host;
  return parsed.domain ?? host;
}

/** Host of a URL, or the input itself when it is already a host or a cookie domain (leading dot dropped). */
function hostOf(urlOrHost: string): string {
  const text = urlOrHost.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    try {
      const url = new URL(text);
      if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'ws:' && url.protocol !== 'wss:') return '';
      return url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    } catch {
      return '';
    }
  }
  const host = text.toLowerCase().replace(/^\.+/, '').replace(/\.+$/, '').replace(/^\[|\]$/g, '');
  return /^[a-z0-9_.:-]+$/.test(host) ? host : '';
}

/** True when `site` is none of the first-party sites (an empty site, from an opaque origin, counts as third party). */
export function isThirdPartySite(site: string, firstPartySites: readonly string[]): boolean {
  return !firstPartySites.includes(site);
}

/** The sites that count as first party: the audited site, the site a page ended on, and any configured extras. */
export function firstPartySet(...sites: (string | readonly string[] | undefined)[]): string[] {
  const out = new Set<string>();
  for (const entry of sites) {
    for (const site of typeof entry === 'string' ? [entry] : (entry ?? [])) {
      const normalized = siteOf(site);
      if (normalized) out.add(normalized);
    }
  }
  return [...out];
}
