import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPrivacyLintError } from '../../src/errors.js';
import { readResults } from '../../src/report/read-results.js';
import type { TargetResult } from '../../src/types.js';
import { hostilePolicy, jsonLines, scratchFolder, site, TOOL, unreachable } from './format-html-fixtures.js';
import { clean, consent, policy } from './sample-reports.js';

const scratch = scratchFolder('read-results-');
const file = scratch.write;

function read(...names: string[]) {
  return readResults(names, { cwd: scratch.path() });
}

function failure(names: string[]): { code: string; message: string } {
  try {
    read(...names);
  } catch (error) {
    if (isPrivacyLintError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected readResults to fail');
}

const targets = (results: TargetResult[]) => results.map((result) => result.target);

describe('readResults', () => {
  it('reads a JSON report and sorts its results by target', () => {
    const name = file('report.json', `\uFEFF${JSON.stringify({ tool: TOOL, results: [site, policy, clean] }, null, 2)}`);
    expect(read(name)).toEqual({ results: [policy, clean, site], warnings: [] });
  });

  it('reads JSON lines, with blank lines and CRLF line ends', () => {
    const name = file('run.jsonl', `${JSON.stringify(site)}\r\n\r\n${JSON.stringify(hostilePolicy)}\r\n`);
    expect(targets(read(name).results)).toEqual([hostilePolicy.target, site.target]);
  });

  it('reads a file holding one result, even pretty-printed', () => {
    expect(read(file('one.json', JSON.stringify(unreachable, null, 2))).results).toEqual([unreachable]);
  });

  it('skips an incomplete last line with a warning naming file and line', () => {
    const name = file('killed.jsonl', `${jsonLines(site, hostilePolicy)}${JSON.stringify(policy).slice(0, 80)}`);
    const { results, warnings } = read(name);
    expect(targets(results)).toEqual([hostilePolicy.target, site.target]);
    expect(warnings).toEqual(['killed.jsonl:3: skipped an incomplete last line (was the run interrupted?)']);
  });

  it('keeps the later line when one file holds a target twice (a resumed run)', () => {
    const rerun = { ...site, verdict: 'pass' as const };
    expect(read(file('resumed.jsonl', jsonLines(site, rerun))).results).toEqual([rerun]);
  });

  it('compares URLs in their canonical form, and keeps results of different kinds apart', () => {
    const spelledOtherwise = { ...consent, target: consent.target.replace('https://shop.example/', 'HTTPS://Shop.example:443/#top'), verdict: 'pass' as const };
    expect(read(file('respelled.jsonl', jsonLines(consent, spelledOtherwise))).results).toEqual([spelledOtherwise]);
    expect(targets(read(file('kinds.jsonl', jsonLines(site, consent))).results)).toEqual([site.target, consent.target]);
    expect(read(file('kinds.jsonl', jsonLines(site, consent))).results.map((result) => result.kind).sort()).toEqual(['consent', 'site']);
  });

  it('merges shards, keeping the result read last for a target', () => {
    const rerun = { ...consent, verdict: 'pass', findings: [], errorCount: 0, warningCount: 0 };
    const first = file('shard-1.jsonl', jsonLines(consent, policy));
    const second = file('shard-2.jsonl', jsonLines(clean, rerun));
    expect(read(first, second).results).toEqual([policy, clean, rerun]);
    expect(read(second, first).results).toEqual([policy, clean, consent]);
  });

  it('warns about a file without results', () => {
    expect(read(file('empty.jsonl', '\n\n'))).toEqual({ results: [], warnings: ['empty.jsonl: no results'] });
  });

  it('refuses a broken line that is not the last one, naming file and line', () => {
    const name = file('broken.jsonl', `${jsonLines(policy)}{"kind":\n${jsonLines(clean)}`);
    expect(failure([name])).toEqual({ code: 'INPUT_UNREADABLE', message: expect.stringMatching(/^broken\.jsonl:2: not valid JSON/) });
  });

  const malformed: [string, (result: Record<string, unknown>) => unknown, string][] = [
    ['no kind', ({ kind: _kind, ...rest }) => rest, "/ must have required property 'kind'"],
    ['an unknown kind', (result) => ({ ...result, kind: 'cookies' }), '/kind must be equal to one of the allowed values'],
    ['a target that is not a string', (result) => ({ ...result, target: 7 }), '/target must be string'],
    ['findings that are not an array', (result) => ({ ...result, findings: {} }), '/findings must be array'],
    ['a finding without a location', (result) => ({ ...result, findings: [{ ...consent.findings[0], location: undefined }] }), "/findings/0 must have required property 'location'"],
    ['a count that is not a whole number', (result) => ({ ...result, errorCount: '1' }), '/errorCount must be integer'],
    ['a cookie whose essential flag is a string', (result) => ({ ...result, consent: { ...site.consent, phases: { 'before-consent': { ...site.consent!.phases['before-consent'], cookies: [{ name: 'a', domain: 'b', category: 'c', essential: 'no' }] } } } }), '/consent/phases/before-consent/cookies/0/essential must be boolean'],
    ['pages that are not strings', (result) => ({ ...result, pages: [1] }), '/pages/0 must be string'],
    ['a declared cookie without its source', (result) => ({ ...result, declaredCookies: [{ name: 'a' }] }), "/declaredCookies/0 must have required property 'source'"],
    ['a policy element without evidence', (result) => ({ ...result, policy: { ...site.policy, elements: { retention: { status: 'present' } } } }), "/policy/elements/retention must have required property 'evidence'"],
  ];

  it.each(malformed)('refuses a result with %s, naming file, line and field', (_name, change, message) => {
    const name = file('bad.jsonl', jsonLines(policy, change(structuredClone(site) as unknown as Record<string, unknown>)));
    const { code, message: text } = failure([name]);
    expect(code).toBe('INPUT_UNREADABLE');
    // Alternatives that also failed (a site's policy may be null) may follow as "(and n more)".
    const expected = `bad.jsonl:2: ${message}`;
    expect(text.slice(0, expected.length)).toBe(expected);
  });

  it('names the result inside a JSON report that is malformed', () => {
    const name = file('bad-report.json', JSON.stringify({ tool: TOOL, results: [policy, { ...clean, findings: null }] }));
    expect(failure([name]).message).toMatch(/^bad-report\.json: \/results\/1: \/findings must be array/);
  });

  it('refuses JSON that is neither a report nor a result', () => {
    expect(failure([file('array.json', '[1, 2]')]).message).toBe('array.json: neither a privacy-lint report nor a result');
    expect(failure([file('tool.json', '{"tool": {}}')]).message).toBe('tool.json: neither a privacy-lint report nor a result');
  });

  it('says which file is missing or a directory', () => {
    mkdirSync(join(scratch.path(), 'folder'), { recursive: true });
    expect(failure(['missing.jsonl'])).toEqual({ code: 'INPUT_NOT_FOUND', message: 'missing.jsonl: file not found' });
    expect(failure(['folder']).code).toBe('INPUT_IS_DIRECTORY');
  });
});
