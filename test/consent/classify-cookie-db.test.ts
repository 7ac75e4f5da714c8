import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/consent/classify.js';
import { loadCookieDb, parseCookieDb, parseRetentionDays } from '../../src/consent/cookie-db.js';

const CSV = 'fixtures/artifacts/open-cookie-database-sample.csv';
const JSON_EXPORT = 'fixtures/artifacts/open-cookie-database-sample.json';

describe('Open Cookie Database files', () => {
  it('reads the CSV, skipping rows it cannot use and saying why', () => {
    const db = loadCookieDb(CSV);
    expect(db.entries.map(({ name, wildcard, category, platform }) => ({ name, wildcard, category, platform }))).toEqual([
      { name: 'lm_visitor', wildcard: false, category: 'analytics', platform: 'Lumen Metrics' },
      { name: 'lm_ses_', wildcard: true, category: 'analytics', platform: 'Lumen Metrics' },
      { name: 'ps_guard', wildcard: false, category: 'strictly-necessary', platform: 'Parcel Shield' },
      { name: 'qa_uid', wildcard: false, category: 'marketing', platform: 'Quill Ads' },
    ]);
    expect(db.skipped).toEqual([{ row: 'line 6', reason: 'not a cookie or storage name (placeholder or free text)' }]);
    expect(db.entries[0]!.retentionDays).toBe(730);
  });

  it('reads the JSON export with camelCase or CSV field names', () => {
    const db = loadCookieDb(JSON_EXPORT);
    expect(db.entries.map((entry) => entry.name)).toEqual(['lm_visitor', 'lm_ses_', 'ps_guard']);
    expect(db.skipped).toEqual([
      { row: 'Parcel Shield[1]', reason: 'unknown category "Tracking"' },
      { row: 'Broken', reason: 'no category' },
    ]);
  });

  it('detects the format from the content when the name does not say', () => {
    expect(parseCookieDb(readFileSync(JSON_EXPORT, 'utf8')).entries).toHaveLength(3);
    expect(parseCookieDb(readFileSync(CSV, 'utf8')).entries).toHaveLength(4);
  });

  it('refuses a CSV that is not an Open Cookie Database', () => {
    expect(() => parseCookieDb('name,purpose\n_ga,stats\n', { file: 'other.csv' })).toThrow(/other\.csv: not an Open Cookie Database file/);
  });

  it.each([
    ['2 years', 730],
    ['30 minutes after last activity', 30 / 1440],
    ['Session', 0],
    ['End of session (browser)', 0],
    ['24 hours', 1],
    ['persistent', undefined],
  ])('reads the retention period %j', (text, days) => {
    if (days === undefined) expect(parseRetentionDays(text)).toBeUndefined();
    else expect(parseRetentionDays(text)).toBeCloseTo(days, 9);
  });

  it('ranks below the knowledge bases, prefixes included', () => {
    const db = loadCookieDb(CSV);
    const classifier = createClassifier({ cookieDb: [...db.entries, { platform: 'Mislabelled', category: 'functional', name: '_ga', wildcard: false }] });
    expect(classifier.classifyCookie({ name: 'lm_visitor', domain: 'shop.example' })).toMatchObject({ category: 'analytics', vendor: 'Lumen Metrics', source: 'cookie-db', lifetimeDays: 730 });
    expect(classifier.classifyCookie({ name: 'lm_ses_42', domain: 'shop.example' })).toMatchObject({ category: 'analytics', source: 'cookie-db' });
    expect(classifier.classifyStorageKey({ key: 'ps_guard', origin: 'https://shop.example' })).toMatchObject({ essential: true, source: 'cookie-db' });
    expect(classifier.classifyCookie({ name: '_ga', domain: 'shop.example' })).toMatchObject({ category: 'analytics', source: 'knowledge-base' });
  });
});
