import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { formatSarif } from '../../src/report/format-sarif.js';
import type { SarifLog, SarifResult } from '../../src/report/sarif-types.js';
import type { Report } from '../../src/types.js';
import {
  clean,
  consent,
  context,
  emptyReport,
  finding,
  policyResult,
  report,
  shuffledReport,
  site,
  TOOL,
  unreadable,
} from './sample-reports.js';

// The OASIS committee specification schema, unmodified (oasis-tcs/sarif-spec,
// Documents/CommitteeSpecifications/2.1.0/sarif-schema-2.1.0.json); it declares JSON Schema draft-07, which plain Ajv speaks.
const schema = JSON.parse(readFileSync(new URL('./sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function sarif(input: Report): SarifLog {
  return JSON.parse(formatSarif(input, context)) as SarifLog;
}

function run(input: Report) {
  const [first] = sarif(input).runs;
  if (!first) throw new Error('no run');
  return first;
}

function resultsOf(input: Report, ruleId: string): SarifResult[] {
  return run(input).results.filter((result) => result.ruleId === ruleId);
}

describe('formatSarif', () => {
  it.each([
    ['a full report', report],
    ['an empty report', emptyReport],
    ['a report with only a fatal error', { tool: TOOL, results: [unreadable] }],
    ['a site report', { tool: TOOL, results: [site] }],
  ])('validates against the official SARIF 2.1.0 schema: %s', (_name, input) => {
    const valid = validate(sarif(input));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is checked by a validator that does reject invalid SARIF', () => {
    const log = sarif(report);
    log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region = { startLine: 0 };
    expect(validate(log)).toBe(false);
    expect(validate({ ...sarif(report), version: '2.0.0' })).toBe(false);
  });

  it('writes odd page URLs as valid URIs', () => {
    const odd = (target: string): Report => ({
      tool: TOOL,
      results: [policyResult(target, [finding({ ruleId: 'odd', location: { target } })])],
    });
    const uriOf = (target: string) => resultsOf(odd(target), 'odd')[0]?.locations[0]?.physicalLocation.artifactLocation.uri;
    expect(uriOf('https://shop.example/a b|c^d')).toBe('https://shop.example/a%20b%7Cc%5Ed');
    expect(uriOf('https://[not-a-host')).toBe('https%3A//%5Bnot-a-host');
    expect(validate(sarif(odd('https://shop.example/a b|c^d')))).toBe(true);
    expect(validate(sarif(odd('https://[not-a-host')))).toBe(true);
  });

  it('always has a results array', () => {
    expect(run(emptyReport).results).toEqual([]);
    expect(run(emptyReport).tool.driver.rules).toEqual([]);
  });

  it('keeps ruleIndex consistent with a deduplicated list of the rules that have findings', () => {
    const { results, tool } = run(report);
    const ids = tool.driver.rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(results.map((result) => result.ruleId)));
    expect(ids).not.toContain('unused-rule');
    for (const result of results) expect(tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
  });

  it('describes known rules from the rule metadata and unknown ones from their findings', () => {
    const rules = run(report).tool.driver.rules;
    expect(rules.find((rule) => rule.id === 'dpo-contact')).toEqual({
      id: 'dpo-contact',
      name: 'DpoContact',
      shortDescription: { text: 'Title of dpo-contact' },
      fullDescription: { text: 'Why dpo-contact matters.' },
      helpUri: 'https://privacy-lint.example/rules/dpo-contact',
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['gdpr', 'gdpr-art13-2a'] },
    });
    const unknown = rules.find((rule) => rule.id === 'third-party-requests-before-consent');
    expect(unknown).toEqual({
      id: 'third-party-requests-before-consent',
      name: 'ThirdPartyRequestsBeforeConsent',
      helpUri: 'https://privacy-lint.example/rules/third-party%7Crequests',
    });
  });

  it('writes file locations relative to cwd, percent-encoded, with a region when the line is known', () => {
    const [first, second] = resultsOf(report, 'retention-period');
    expect(first?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'docs/privacy.md' },
      region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 30 },
    });
    expect(second?.locations[0]?.physicalLocation.region).toEqual({ startLine: 40, startColumn: 1 });
    const spaced = policyResult('docs/my policy: draft.md', [
      finding({ ruleId: 'retention-period', location: { target: 'docs/my policy: draft.md', line: 2 } }),
    ]);
    expect(resultsOf({ tool: TOOL, results: [spaced] }, 'retention-period')[0]?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'docs/my%20policy%3A%20draft.md' },
      region: { startLine: 2 },
    });
  });

  it('reports an element missing from a document at its first line', () => {
    expect(resultsOf(report, 'dpo-contact')[0]?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'docs/privacy.md' },
      region: { startLine: 1 },
    });
  });

  it('uses the absolute page URL and no region for findings about a live site', () => {
    expect(resultsOf(report, 'cookies-before-consent')[0]?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'https://shop.example/checkout?step=1' },
    });
    expect(resultsOf(report, 'third-party-requests-before-consent')[0]?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: consent.target },
    });
  });

  it.each([
    ['retention-period', 'fail', 'error', undefined],
    ['dpo-contact', 'fail', 'warning', undefined],
    ['legal-basis', 'review', 'none', 'warning'],
    ['controller-identity', 'pass', 'none', 'info'],
  ])('maps %s to kind %s and level %s', (ruleId, kind, level, severity) => {
    const [result] = resultsOf(report, ruleId);
    expect(result?.kind).toBe(kind);
    expect(result?.level).toBe(level);
    expect(result?.properties?.severity).toBe(severity);
  });

  it('maps an info violation to level note and an inapplicable check to notApplicable', () => {
    const target = 'a.md';
    const input: Report = {
      tool: TOOL,
      results: [
        policyResult(target, [
          finding({ ruleId: 'info-rule', severity: 'info', location: { target } }),
          finding({ ruleId: 'skipped-rule', outcome: 'inapplicable', location: { target } }),
        ]),
      ],
    };
    expect(resultsOf(input, 'info-rule')[0]).toMatchObject({ kind: 'fail', level: 'note' });
    expect(resultsOf(input, 'skipped-rule')[0]).toMatchObject({ kind: 'notApplicable', level: 'none' });
  });

  it('fingerprints results stably: same for the same problem, different for a different one', () => {
    const key = 'privacyLintFinding/v1';
    const fingerprintOf = (input: Report, ruleId: string) => resultsOf(input, ruleId)[0]?.partialFingerprints[key];
    const original = fingerprintOf(report, 'dpo-contact');
    expect(original).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprintOf(shuffledReport(report, 7), 'dpo-contact')).toBe(original);
    const reworded = (message: string): Report => ({
      tool: TOOL,
      results: [
        policyResult(report.results[0]!.target, [
          finding({ ruleId: 'dpo-contact', message, location: { target: report.results[0]!.target } }),
        ]),
      ],
    });
    expect(fingerprintOf(reworded('No  contact details for a DATA protection officer. '), 'dpo-contact')).toBe(
      fingerprintOf(reworded('No contact details for a data protection officer.'), 'dpo-contact'),
    );
    expect(fingerprintOf(reworded('A different problem.'), 'dpo-contact')).not.toBe(original);
  });

  it('turns fatal target errors into tool execution notifications', () => {
    const { invocations } = run(report);
    expect(invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'File not found: docs/missing.md Hint: Check the path.' },
            descriptor: { id: 'INPUT_NOT_FOUND' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/missing.md' } } }],
          },
        ],
      },
    ]);
    expect(run({ tool: TOOL, results: [clean] }).invocations).toEqual([
      { executionSuccessful: true, toolExecutionNotifications: [] },
    ]);
  });

  it('names the tool and its version', () => {
    expect(run(report).tool.driver).toMatchObject({
      name: 'privacy-lint',
      version: '0.1.0',
      informationUri: 'https://www.npmjs.com/package/privacy-lint',
    });
  });

  it('keeps no terminal control or bidirectional characters in messages', () => {
    const text = resultsOf(report, 'cookies-before-consent')[0]?.message.text ?? '';
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202a-\u202e]/);
    expect(text).toContain('<script>');
  });
});
