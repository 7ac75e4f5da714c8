import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSENT_AUDITS } from '../../src/consent/audits/index.js';
import { bundledKnowledgeBase, regexProblem, type KbEntry } from '../../src/consent/classify-knowledge-base.js';
import { createAjv } from '../../src/config/ajv.js';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const jsonFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));

const COOKIE_FILES = jsonFiles('rules/cookies');
const AUDIT_FILES = jsonFiles('rules/audits');

/** EU member states plus Iceland, Liechtenstein and Norway. */
const EEA = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' '));

describe('knowledge-base files', () => {
  const ajv = createAjv();
  const schema = readJson('rules/schema/cookie-kb.schema.json') as object;

  it('has a schema that is itself valid JSON Schema 2020-12', () => {
    expect(ajv.validateSchema(schema)).toBe(true);
  });

  const validate = ajv.compile(schema);
  it.each(COOKIE_FILES)('%s matches cookie-kb.schema.json', (file) => {
    const valid = validate(readJson(file));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  const entries: KbEntry[] = bundledKnowledgeBase().entries;

  it('has unique entry ids', () => {
    const ids = entries.map((entry) => entry.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('never lists the same exact name or host twice for the same domains', () => {
    const claims = new Map<string, string>();
    const clashes: string[] = [];
    const claim = (key: string, id: string) => {
      const owner = claims.get(key);
      if (owner && owner !== id) clashes.push(`${key} (${owner}, ${id})`);
      claims.set(key, id);
    };
    for (const entry of entries) {
      for (const list of ['cookies', 'storage'] as const) {
        for (const pattern of entry[list] ?? []) {
          const key = 'name' in pattern ? pattern.name : 'prefix' in pattern ? `${pattern.prefix}*` : pattern.regex;
          claim(`${list}:${key}@${(pattern.domains ?? []).join(',')}`, entry.id);
        }
      }
      for (const host of [...(entry.domains ?? []), ...(entry.urls ?? [])]) claim(`host:${host}`, entry.id);
    }
    expect(clashes).toEqual([]);
  });

  it('keeps every regex anchored, compilable and free of backtracking traps', () => {
    const problems = entries.flatMap((entry) =>
      [...(entry.cookies ?? []), ...(entry.storage ?? [])].flatMap((pattern) => {
        const problem = 'regex' in pattern ? regexProblem(pattern.regex) : null;
        return problem ? [`${entry.id}: ${problem}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('says outsideEEA consistently with the country code', () => {
    const wrong = entries.filter((entry) => entry.vendor && entry.vendor.outsideEEA === EEA.has(entry.vendor.country)).map((entry) => entry.id);
    expect(wrong).toEqual([]);
  });

  it('treats consent records as strictly necessary', () => {
    expect(entries.filter((entry) => entry.kind === 'consent-manager' && entry.category !== 'strictly-necessary').map((entry) => entry.id)).toEqual([]);
  });

  it('covers the services the audits must recognise', () => {
    const ids = new Set(entries.map((entry) => entry.id));
    for (const id of ['google-analytics', 'google-ads', 'google-tag-manager', 'meta-pixel', 'microsoft-clarity', 'microsoft-advertising', 'hotjar', 'matomo', 'linkedin', 'tiktok-pixel', 'youtube', 'stripe', 'cloudflare', 'plausible', 'fathom', 'iab-tcf', 'iab-gpp']) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});

describe('audit metadata', () => {
  const ajv = createAjv();
  const schema = readJson('rules/schema/check.schema.json') as object;
  const validate = ajv.compile(schema);

  it.each(AUDIT_FILES)('%s matches check.schema.json', (file) => {
    const data = readJson(file) as { id: string; kind: string; tags: string[]; message: Record<string, string>; messages?: Record<string, Record<string, string>> };
    const valid = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(data.id).toBe(basename(file, '.json'));
    expect(data.kind).toBe('audit');
    expect(data.tags.filter((tag) => tag === 'cat.consent' || tag === 'cat.cookies')).toHaveLength(1);
    for (const messages of [data.message, ...Object.values(data.messages ?? {})]) expect(Object.keys(messages).sort()).toEqual(['en', 'fr']);
    expect(data.messages?.pass).toBeDefined();
  });

  it('registers exactly one function per audit file', () => {
    expect(Object.keys(CONSENT_AUDITS).sort()).toEqual(AUDIT_FILES.map((file) => basename(file, '.json')));
  });

  it('uses the same placeholders in every language of a message', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((match) => match[1]).sort();
    for (const file of AUDIT_FILES) {
      const data = readJson(file) as { message: Record<string, string>; messages?: Record<string, Record<string, string>> };
      for (const messages of [data.message, ...Object.values(data.messages ?? {})]) {
        expect(placeholders(messages.fr!), file).toEqual(placeholders(messages.en!));
      }
    }
  });
});
