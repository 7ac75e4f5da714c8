/**
 * Small matchers shared by classification and audits: user-written name lists (`name`, `prefix*`) and host suffixes.
 * Built once per list, then each lookup is a Set hit plus a scan of the few prefixes.
 */
import { siteOf } from './site-of.js';

/** `PHPSESSID` matches that name exactly; `wp-settings-*` matches every name starting with `wp-settings-`. */
export function nameListMatcher(patterns: readonly string[]): (name: string) => boolean {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const pattern of patterns) {
    if (pattern.endsWith('*')) prefixes.push(pattern.slice(0, -1));
    else exact.add(pattern);
  }
  if (exact.size === 0 && prefixes.length === 0) return () => false;
  return (name) => exact.has(name) || prefixes.some((prefix) => name.startsWith(prefix));
}

/** Lower-cased host without a cookie's leading dot or a trailing root dot. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/^\.+/, '').replace(/\.+$/, '');
}

export function hostWithin(host: string, suffix: string): boolean {
  return host === suffix || (host.length > suffix.length && host.endsWith(suffix) && host[host.length - suffix.length - 1] === '.');
}

/** `example.com` matches `example.com` and any subdomain; a leading `*.` or `.` in the list is ignored. */
export function hostListMatcher(hosts: readonly string[]): (host: string) => boolean {
  const suffixes = hosts.map((host) => normalizeHost(host.replace(/^\*\./, '')));
  if (suffixes.length === 0) return () => false;
  return (host) => {
    const normalized = normalizeHost(host);
    return suffixes.some((suffix) => hostWithin(normalized, suffix));
  };
}

/** Host of a URL or origin, lower case; empty for anything that does not parse. */
export function hostOfUrl(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return '';
  }
}

/**
 * The host and its parents down to the registrable domain, longest first: `a.b.example.co.uk` gives
 * `a.b.example.co.uk`, `b.example.co.uk`, `example.co.uk`. IP addresses and single labels give only themselves.
 */
export function hostSuffixes(host: string): string[] {
  if (!host) return [];
  const registrable = siteOf(host) || host;
  const suffixes = [host];
  let rest = host;
  while (rest !== registrable && rest.length > registrable.length) {
    const dot = rest.indexOf('.');
    if (dot < 0) break;
    rest = rest.slice(dot + 1);
    suffixes.push(rest);
  }
  return suffixes;
}
