import { describe, expect, it } from 'vitest';
import { isPrivacyLintError } from '../../src/errors.js';
import { FORMATS, formatReport, isFormatName, type FormatName } from '../../src/report/index.js';
import type { Report } from '../../src/types.js';
import { context, emptyReport, report, shuffledReport, site } from './sample-reports.js';

const full: Report = { ...report, results: [...report.results, site] };

describe('formatReport', () => {
  it.each(FORMATS)('%s: shuffled findings and targets give the same bytes', (format) => {
    const expected = formatReport(full, format, context);
    for (const seed of [1, 2, 3, 42]) expect(formatReport(shuffledReport(full, seed), format, context)).toBe(expected);
  });

  it.each(FORMATS)('%s: does not change the report it is given', (format) => {
    const before = JSON.stringify(full);
    formatReport(full, format, context);
    expect(JSON.stringify(full)).toBe(before);
  });

  it.each(FORMATS)('%s: formats an empty report', (format) => {
    expect(typeof formatReport(emptyReport, format, context)).toBe('string');
  });

  it('rejects an unknown format with a usage error that lists the known ones', () => {
    let thrown: unknown;
    try {
      formatReport(report, 'pdf' as FormatName, context);
    } catch (error) {
      thrown = error;
    }
    expect(isPrivacyLintError(thrown) && thrown.code).toBe('USAGE');
    expect(isPrivacyLintError(thrown) && thrown.hint).toContain(FORMATS.join(', '));
  });

  it('recognises format names', () => {
    expect(FORMATS.every(isFormatName)).toBe(true);
    expect(isFormatName('toString')).toBe(false);
    expect(isFormatName('SARIF')).toBe(false);
  });
});

describe('json format', () => {
  it('is the report itself, with sorted findings and 2-space indentation', () => {
    const output = formatReport(shuffledReport(full, 5), 'json', context);
    const parsed = JSON.parse(output) as Report;
    expect(output).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(parsed.tool).toEqual(full.tool);
    expect(parsed.results.map((result) => result.target)).toEqual([...full.results.map((r) => r.target)].sort());
    const policy = parsed.results.find((result) => result.target === report.results[0]!.target)!;
    expect(policy.findings.map((f) => [f.location.line ?? 0, f.ruleId])).toEqual([
      [0, 'dpo-contact'],
      [1, 'controller-identity'],
      [3, 'legal-basis'],
      [12, 'retention-period'],
      [40, 'retention-period'],
    ]);
    expect(new Set(policy.findings)).toEqual(new Set(JSON.parse(JSON.stringify(report.results[0]!.findings))));
  });

  it('holds no timestamps', () => {
    expect(formatReport(full, 'json', context)).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
  });
});
