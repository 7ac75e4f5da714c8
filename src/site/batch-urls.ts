/** The URLs of a batch: one canonical form per site page, so that resuming, sharding and de-duplication agree. */
import { PrivacyLintError } from '../errors.js';

/**
 * The WHATWG form of an http(s) URL without its fragment (which never reaches the server): `HTTP://Example.com:80#x`
 * and `http://example.com/` are the same audit.
 */
export function normalizeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new PrivacyLintError('USAGE', `not a URL: ${quoted(raw)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new PrivacyLintError('USAGE', `not an http(s) URL: ${quoted(raw)}`);
  url.hash = '';
  return url.href;
}

const LISTED_ERRORS = 10;

/**
 * Reads a URL list: one URL a line; blank lines and lines starting with `#` are ignored. Every invalid line is named
 * with its line number, so a long list is fixed in one pass.
 */
export function parseUrlList(text: string, source: string): string[] {
  const urls: string[] = [];
  const errors: string[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, index) => {
      const entry = line.trim();
      if (entry === '' || entry.startsWith('#')) return;
      try {
        urls.push(normalizeUrl(entry));
      } catch (error) {
        errors.push(`${source}:${index + 1}: ${(error as Error).message}`);
      }
    });
  if (errors.length > 0) {
    const more = errors.length > LISTED_ERRORS ? [`…and ${errors.length - LISTED_ERRORS} more`] : [];
    throw new PrivacyLintError('USAGE', `${errors.length} invalid ${errors.length === 1 ? 'line' : 'lines'} in ${source}:\n  ${[...errors.slice(0, LISTED_ERRORS), ...more].join('\n  ')}`, {
      hint: 'one http(s) URL a line; blank lines and lines starting with # are ignored',
    });
  }
  return urls;
}

/** Distinct URLs in first-seen order, compared in their normal form. */
export function distinctUrls(urls: readonly string[]): string[] {
  return [...new Set(urls.map(normalizeUrl))];
}

/** Untrusted text in a message: quoted, on one line, and short. */
function quoted(text: string): string {
  const json = JSON.stringify(text);
  return json.length > 120 ? `${json.slice(0, 119)}…"` : json;
}
