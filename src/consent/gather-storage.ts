/**
 * Web Storage keys and IndexedDB database names of every frame's origin. Values are read only when asked for.
 */
import type { Frame, Page } from 'playwright-core';
import type { StorageArea, StorageRecord } from './artifacts.js';
import { type Deadline, withinOr } from './gather-deadline.js';
import { isThirdPartySite, siteOf } from './site-of.js';

interface FrameStorage {
  origin: string;
  localStorage: [string, string | null][];
  sessionStorage: [string, string | null][];
  indexedDB: string[];
}

interface ReadArgs {
  includeValues: boolean;
  maxKeys: number;
  maxLength: number;
}

const MAX_FRAMES = 50;

/** Runs in a frame; serialised by Playwright, so self-contained. */
async function readFrameStorage(args: ReadArgs): Promise<FrameStorage> {
  const cut = (text: string) => (text.length > args.maxLength ? text.slice(0, args.maxLength) : text);
  const entries = (area: () => Storage): [string, string | null][] => {
    const out: [string, string | null][] = [];
    try {
      const storage = area();
      const count = Math.min(storage.length, args.maxKeys);
      for (let index = 0; index < count; index += 1) {
        const key = storage.key(index);
        if (key === null) continue;
        out.push([cut(key), args.includeValues ? cut(String(storage.getItem(key) ?? '')) : null]);
      }
    } catch {
      // Opaque or sandboxed origins have no storage.
    }
    return out;
  };
  let databases: string[] = [];
  try {
    const list = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
    databases = list
      .map((database) => database.name)
      .filter((name): name is string => typeof name === 'string')
      .slice(0, args.maxKeys)
      .map(cut);
  } catch {
    databases = [];
  }
  return {
    origin: String(location.origin),
    localStorage: entries(() => localStorage),
    sessionStorage: entries(() => sessionStorage),
    indexedDB: databases,
  };
}

export interface StorageReadOptions {
  includeValues: boolean;
  firstPartySites: readonly string[];
  timeoutMs: number;
  deadline: Deadline;
  limit: number;
}

/** `mainFrameRead` is false when the top document's storage could not be read (crashed, hung or navigating page). */
export async function readStorage(
  page: Page,
  options: StorageReadOptions,
): Promise<{ storage: StorageRecord[]; dropped: number; mainFrameRead: boolean }> {
  const args: ReadArgs = { includeValues: options.includeValues, maxKeys: 500, maxLength: 1024 };
  const main = page.mainFrame();
  const frames = [main, ...page.frames().filter((frame) => frame !== main)].slice(0, MAX_FRAMES);
  const results = await Promise.all(
    frames.map((frame: Frame) => withinOr(frame.evaluate(readFrameStorage, args).then((value) => value as FrameStorage | null), options.timeoutMs, options.deadline, null)),
  );
  const seen = new Map<string, StorageRecord>();
  for (const result of results) {
    if (!result || !isStorage(result)) continue;
    if (!/^https?:\/\//.test(result.origin)) continue;
    const thirdParty = isThirdPartySite(siteOf(result.origin), options.firstPartySites);
    const add = (area: StorageArea, key: string, value: string | null) => {
      const id = `${area}\u0000${result.origin}\u0000${key}`;
      if (seen.has(id)) return;
      seen.set(id, {
        area,
        origin: result.origin,
        key,
        thirdParty,
        ...(options.includeValues && value !== null ? { value } : {}),
      });
    };
    for (const [key, value] of result.localStorage) add('localStorage', key, value);
    for (const [key, value] of result.sessionStorage) add('sessionStorage', key, value);
    for (const name of result.indexedDB) add('indexedDB', name, null);
  }
  const records = [...seen.values()].sort(
    (a, b) => compare(a.origin, b.origin) || compare(a.area, b.area) || compare(a.key, b.key),
  );
  const kept = records.slice(0, options.limit);
  const mainResult = results[0];
  return { storage: kept, dropped: records.length - kept.length, mainFrameRead: Boolean(mainResult && isStorage(mainResult)) };
}

/** The frame's answer went through a hostile page's globals; check its shape before trusting it. */
function isStorage(value: unknown): value is FrameStorage {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  const pairs = (list: unknown) =>
    Array.isArray(list) && list.every((pair) => Array.isArray(pair) && typeof pair[0] === 'string' && (pair[1] === null || typeof pair[1] === 'string'));
  return (
    typeof record.origin === 'string' &&
    pairs(record.localStorage) &&
    pairs(record.sessionStorage) &&
    Array.isArray(record.indexedDB) &&
    record.indexedDB.every((name) => typeof name === 'string')
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
