/**
 * One cookie list from three sources that each miss something: the jar (what the browser kept, with its capped
 * expiry and partition key), `Set-Cookie` headers and `document.cookie` writes (what the site asked for, including
 * cookies written and removed before any snapshot). Pure: the browser calls happen elsewhere.
 */
import type { CookieRecord, CookieSource } from './artifacts.js';
import type { ParsedCookie } from './gather-cookie-parse.js';
import { isThirdPartySite, siteOf } from './site-of.js';

/** A cookie as the jar reports it (Playwright's `Cookie` shape). */
export interface JarCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  /** Seconds since the epoch; -1 for a session cookie. */
  expires: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'Strict' | 'Lax' | 'None';
  partitionKey?: string;
}

/** One write seen by a hook, in the order seen. */
export interface CookieWrite extends ParsedCookie {
  source: 'set-cookie' | 'document.cookie';
  /** Response URL, or the script (else document) that assigned `document.cookie`. */
  setBy?: string;
  time: number;
}

export interface MergeInput {
  jar: readonly JarCookie[];
  writes: readonly CookieWrite[];
  firstPartySites: readonly string[];
  includeValues: boolean;
  /** Time of the jar snapshot: first sighting of cookies only the jar knows. */
  capturedAt: number;
  limit: number;
}

const SOURCE_ORDER: readonly CookieSource[] = ['jar', 'set-cookie', 'document.cookie'];

interface Entry {
  jar?: JarCookie;
  writes: CookieWrite[];
}

export function mergeCookies(input: MergeInput): { cookies: CookieRecord[]; dropped: number } {
  const entries: Entry[] = [];
  const jarByIdentity = new Map<string, Entry[]>();
  for (const cookie of input.jar) {
    const entry: Entry = { jar: cookie, writes: [] };
    entries.push(entry);
    const key = identity(cookie.name, cookie.domain, cookie.path);
    jarByIdentity.set(key, [...(jarByIdentity.get(key) ?? []), entry]);
  }
  const writeOnly = new Map<string, Entry>();
  for (const write of input.writes) {
    const key = identity(write.name, write.domain, write.path);
    // A Domain cookie can end up as a host cookie (a public suffix or an address as Domain), and the reverse.
    const alternate = identity(write.name, write.domain.startsWith('.') ? write.domain.slice(1) : `.${write.domain}`, write.path);
    const candidates = jarByIdentity.get(key) ?? jarByIdentity.get(alternate);
    // Headers and scripts do not say which partition a cookie went to; the Partitioned attribute picks the likelier.
    const match = candidates?.find((entry) => Boolean(entry.jar?.partitionKey) === write.partitioned) ?? candidates?.[0];
    if (match) {
      match.writes.push(write);
      continue;
    }
    let entry = writeOnly.get(key);
    if (!entry) {
      entry = { writes: [] };
      writeOnly.set(key, entry);
      entries.push(entry);
    }
    entry.writes.push(write);
  }

  const records: CookieRecord[] = [];
  for (const entry of entries) {
    const record = toRecord(entry, input);
    if (record) records.push(record);
  }
  records.sort(compareRecords);
  const kept = records.slice(0, input.limit);
  return { cookies: kept, dropped: records.length - kept.length };
}

function identity(name: string, domain: string, path: string): string {
  return `${name}\u0000${domain.toLowerCase()}\u0000${path}`;
}

function toRecord(entry: Entry, input: MergeInput): CookieRecord | null {
  const { jar, writes } = entry;
  const sets = writes.filter((write) => !write.deleted);
  // A removal of a cookie that was never there says nothing about what the site stored.
  if (!jar && sets.length === 0) return null;
  const first = jar ?? sets[0]!;
  const lastSet = sets[sets.length - 1];
  const lastWrite = writes[writes.length - 1];
  const sources = SOURCE_ORDER.filter((source) => (source === 'jar' ? Boolean(jar) : writes.some((write) => write.source === source)));
  const firstSeen = writes.length ? Math.min(...writes.map((write) => write.time)) : input.capturedAt;
  const setBy = sets.find((write) => write.setBy)?.setBy;
  const sameSite = jar?.sameSite ?? lastSet?.sameSite;
  const value = jar?.value ?? lastSet?.value;
  const record: CookieRecord = {
    name: first.name,
    domain: first.domain,
    path: first.path,
    expires: jar && jar.expires >= 0 ? Math.floor(jar.expires) : null,
    ...(lastSet ? { requestedLifetime: lastSet.requestedLifetime } : {}),
    httpOnly: jar?.httpOnly ?? lastSet?.httpOnly ?? false,
    secure: jar?.secure ?? lastSet?.secure ?? false,
    ...(sameSite ? { sameSite } : {}),
    ...(jar?.partitionKey ? { partitionKey: jar.partitionKey } : {}),
    sources,
    ...(setBy ? { setBy } : {}),
    firstSeen,
    ...(!jar && lastWrite?.deleted ? { deleted: true } : {}),
    thirdParty: isThirdPartySite(siteOf(first.domain), input.firstPartySites),
    ...(input.includeValues && value !== undefined ? { value } : {}),
  };
  return record;
}

function compareRecords(a: CookieRecord, b: CookieRecord): number {
  return (
    compareText(a.domain, b.domain) ||
    compareText(a.name, b.name) ||
    compareText(a.path, b.path) ||
    compareText(a.partitionKey ?? '', b.partitionKey ?? '')
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
