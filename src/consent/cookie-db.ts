/**
 * Reads a user-supplied Open Cookie Database file (CSV, or its JSON export grouped by platform) as an extra, lowest
 * priority classification source. The file is third-party data: rows that cannot be used are skipped and reported,
 * never guessed at.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { PrivacyLintError } from '../errors.js';
import type { Category, KbEntry, KbPattern, KnowledgeBase } from './classify-knowledge-base.js';

export interface CookieDbEntry {
  id?: string;
  platform: string;
  category: Category;
  /** Cookie name or storage key; a prefix when `wildcard`. */
  name: string;
  wildcard: boolean;
  domain?: string;
  description?: string;
  /** Parsed from the retention period; 0 for session cookies; absent when the text gives no duration. */
  retentionDays?: number;
  controller?: string;
}

export interface CookieDbSkippedRow {
  /** `line 12` (CSV) or `Platform name[3]` (JSON). */
  row: string;
  reason: string;
}

export interface CookieDb {
  entries: CookieDbEntry[];
  skipped: CookieDbSkippedRow[];
}

const CATEGORY_MAP: Record<string, Category> = {
  functional: 'functional',
  analytics: 'analytics',
  marketing: 'marketing',
  security: 'strictly-necessary',
  personalization: 'functional',
  personalisation: 'functional',
};

/** CSV header → field; the JSON export uses the camelCase names, some copies keep the CSV headers. */
const FIELD_ALIASES: Record<string, keyof RawRow> = {
  id: 'id',
  platform: 'platform',
  category: 'category',
  'cookie / data key name': 'name',
  cookie: 'name',
  domain: 'domain',
  description: 'description',
  'retention period': 'retention',
  retentionperiod: 'retention',
  'data controller': 'controller',
  datacontroller: 'controller',
  'wildcard match': 'wildcard',
  wildcardmatch: 'wildcard',
};

interface RawRow {
  id?: string;
  platform?: string;
  category?: string;
  name?: string;
  domain?: string;
  description?: string;
  retention?: string;
  controller?: string;
  wildcard?: string;
}

const DAYS_PER_UNIT: Record<string, number> = {
  second: 1 / 86400,
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 365 / 12,
  year: 365,
};

/** The first duration in a free-text retention period (`2 years`, `30 minutes after last activity`, `Session`). */
export function parseRetentionDays(text: string): number | undefined {
  const duration = /(\d+(?:[.,]\d+)?)\s*(second|minute|hour|day|week|month|year)s?\b/i.exec(text);
  if (duration) return Number(duration[1]!.replace(',', '.')) * DAYS_PER_UNIT[duration[2]!.toLowerCase()]!;
  return /session|browser (?:is )?closed?/i.test(text) ? 0 : undefined;
}

function normalizeKey(key: string): string {
  return key.trim().toLowerCase();
}

function toRawRow(record: Record<string, unknown>): RawRow {
  const row: RawRow = {};
  for (const [key, value] of Object.entries(record)) {
    const field = FIELD_ALIASES[normalizeKey(key)];
    if (field && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) row[field] = String(value).trim();
  }
  return row;
}

/** Turns one raw row into an entry, or says why it cannot be used. */
function toEntry(raw: RawRow, platform: string | undefined): CookieDbEntry | string {
  const category = CATEGORY_MAP[normalizeKey(raw.category ?? '')];
  if (!category) return raw.category ? `unknown category "${raw.category}"` : 'no category';
  // Some rows say how many variants exist (`CookieConsent [x4]`); the name is what precedes it.
  const name = (raw.name ?? '').replace(/\s*\[x\d+\]$/i, '');
  if (!name) return 'no cookie name';
  if (/[\s;,="<>\\\u0000-\u001f\u007f]/.test(name)) return 'not a cookie or storage name (placeholder or free text)';
  const wildcard = /^(?:1|true|yes)$/i.test(raw.wildcard ?? '');
  if (wildcard && name.length < 2) return 'wildcard too short to be a useful prefix';
  const owner = platform ?? raw.platform;
  if (!owner) return 'no platform';
  const retentionDays = raw.retention ? parseRetentionDays(raw.retention) : undefined;
  return {
    ...(raw.id ? { id: raw.id } : {}),
    platform: owner,
    category,
    name,
    wildcard,
    ...(raw.domain ? { domain: raw.domain } : {}),
    ...(raw.description ? { description: raw.description } : {}),
    ...(retentionDays === undefined ? {} : { retentionDays }),
    ...(raw.controller ? { controller: raw.controller } : {}),
  };
}

function collect(rows: { ref: string; raw: RawRow; platform?: string }[]): CookieDb {
  const db: CookieDb = { entries: [], skipped: [] };
  for (const { ref, raw, platform } of rows) {
    const entry = toEntry(raw, platform);
    if (typeof entry === 'string') db.skipped.push({ row: ref, reason: entry });
    else db.entries.push(entry);
  }
  return db;
}

function parseCsv(text: string, file: string): CookieDb {
  let records: { info: { lines: number }; record: string[] }[];
  try {
    records = parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (error) {
    throw new PrivacyLintError('RULES_INVALID', `${file}: not a readable CSV file (${(error as Error).message})`);
  }
  const [header, ...body] = records;
  const fields = (header?.record ?? []).map((column) => FIELD_ALIASES[normalizeKey(column)]);
  for (const required of ['name', 'category'] as const) {
    if (!fields.includes(required)) {
      throw new PrivacyLintError('RULES_INVALID', `${file}: not an Open Cookie Database file (no ${required === 'name' ? '"Cookie / Data Key name"' : '"Category"'} column)`);
    }
  }
  return collect(
    body.map(({ info, record }) => {
      const raw: RawRow = {};
      record.forEach((value, column) => {
        const field = fields[column];
        if (field) raw[field] = value.trim();
      });
      return { ref: `line ${info.lines}`, raw };
    }),
  );
}

function parseJson(text: string, file: string): CookieDb {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new PrivacyLintError('RULES_INVALID', `${file}: not valid JSON (${(error as Error).message})`);
  }
  const rows: { ref: string; raw: RawRow; platform?: string }[] = [];
  const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (Array.isArray(data)) {
    data.forEach((item, index) => rows.push({ ref: `[${index}]`, raw: isRecord(item) ? toRawRow(item) : {} }));
  } else if (isRecord(data)) {
    for (const [platform, items] of Object.entries(data)) {
      if (!Array.isArray(items)) {
        rows.push({ ref: platform, raw: {}, platform });
        continue;
      }
      items.forEach((item, index) => rows.push({ ref: `${platform}[${index}]`, raw: isRecord(item) ? toRawRow(item) : {}, platform }));
    }
  } else {
    throw new PrivacyLintError('RULES_INVALID', `${file}: not an Open Cookie Database export (expected an object keyed by platform)`);
  }
  return collect(rows);
}

/** `format` defaults to JSON when the text starts with `{` or `[`, CSV otherwise. */
export function parseCookieDb(text: string, options: { format?: 'csv' | 'json'; file?: string } = {}): CookieDb {
  const file = options.file ?? '<cookie-db>';
  const format = options.format ?? (/^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv');
  return format === 'json' ? parseJson(text, file) : parseCsv(text, file);
}

export function loadCookieDb(file: string): CookieDb {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    throw new PrivacyLintError('RULES_INVALID', `${file}: ${reason}`);
  }
  const lower = file.toLowerCase();
  return parseCookieDb(text, { file, ...(lower.endsWith('.csv') ? { format: 'csv' } : lower.endsWith('.json') ? { format: 'json' } : {}) });
}

/** The entries as a knowledge base (one entry per platform); names apply to cookies and storage keys alike. */
export function cookieDbKnowledgeBase(entries: readonly CookieDbEntry[]): KnowledgeBase {
  const byPlatform = new Map<string, KbEntry>();
  for (const row of entries) {
    let entry = byPlatform.get(row.platform);
    if (!entry) {
      entry = {
        id: `cookie-db-${byPlatform.size + 1}`,
        name: row.platform,
        kind: row.category === 'analytics' || row.category === 'marketing' ? 'tracker' : 'service',
        category: row.category,
        description: `${row.platform} (Open Cookie Database)`,
        source: 'https://github.com/jkwakman/Open-Cookie-Database',
        cookies: [],
      };
      byPlatform.set(row.platform, entry);
    }
    const pattern: KbPattern = {
      ...(row.wildcard ? { prefix: row.name } : { name: row.name }),
      category: row.category,
      ...(row.retentionDays === undefined ? {} : { lifetimeDays: row.retentionDays }),
    };
    entry.cookies!.push(pattern);
  }
  const kbEntries = [...byPlatform.values()].map((entry) => ({ ...entry, storage: entry.cookies! }));
  return { entries: kbEntries };
}
