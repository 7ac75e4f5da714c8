import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../src/report/format-github.js';
import type { Report } from '../../src/types.js';
import { clean, consent, context, emptyReport, finding, HOSTILE_COOKIE, policyResult, report, TOOL } from './sample-reports.js';

function lines(input: Report, extra = {}): string[] {
  return formatGithub(input, { ...context, ...extra }).split('\n').filter(Boolean);
}

describe('formatGithub', () => {
  it('writes one annotation per problem with file, position and rule title', () => {
    expect(lines({ tool: TOOL, results: [report.results[0]!] })).toEqual([
      '::warning file=docs/privacy.md,title=dpo-contact::No contact details for a data protection officer.',
      '::warning file=docs/privacy.md,line=3,col=1,title=legal-basis::Needs review: A legal basis is named but the purpose it covers is unclear.',
      '::error file=docs/privacy.md,line=12,col=5,endLine=12,endColumn=30,title=retention-period::The policy does not say how long personal data is kept.',
      '::error file=docs/privacy.md,line=40,col=1,title=retention-period::The policy does not say how long personal data is kept.',
    ]);
  });

  it('uses notice for info findings', () => {
    const target = 'a.md';
    const input: Report = {
      tool: TOOL,
      results: [policyResult(target, [finding({ ruleId: 'tip', severity: 'info', message: 'Tip.', location: { target, line: 2 } })])],
    };
    expect(lines(input)).toEqual(['::notice file=a.md,line=2,title=tip::Tip.']);
  });

  it('puts the page URL into the title and names no file for findings about a live site', () => {
    expect(lines({ tool: TOOL, results: [consent] })[1]).toBe(
      '::warning title=third-party-requests-before-consent https%3A//shop.example/::Requests to a,b:c%25d went out before consent.',
    );
  });

  it('escapes hostile text so that it cannot end the command or start a new one', () => {
    const output = formatGithub({ tool: TOOL, results: [consent] }, context);
    const [hostile] = output.split('\n');
    expect(hostile).toBe(
      '::error title=cookies-before-consent https%3A//shop.example/checkout?step=1::' +
        'Cookie "x%0A::error::owned[2J[31mgnp.exe|<script>alert(1)</script>" was set before consent.',
    );
    expect(output.split('\n').filter((line) => line.startsWith('::'))).toHaveLength(consent.findings.length);
  });

  it.each([
    ['comma and colon', 'docs/a,b:c.md', 'file=docs/a%2Cb%3Ac.md'],
    ['percent', 'docs/100%.md', 'file=docs/100%25.md'],
    ['line break', 'docs/a\n::error::x.md', 'file=docs/a%0A%3A%3Aerror%3A%3Ax.md'],
  ])('escapes %s in property values', (_name, target, expected) => {
    const input: Report = {
      tool: TOOL,
      results: [policyResult(target, [finding({ ruleId: 'r', message: 'm', location: { target, line: 1 } })])],
    };
    expect(lines(input)).toEqual([`::error ${expected},line=1,title=r::m`]);
  });

  it('escapes the rule id, which goes into a property', () => {
    const target = 'a.md';
    const input: Report = {
      tool: TOOL,
      results: [policyResult(target, [finding({ ruleId: HOSTILE_COOKIE, message: 'm', location: { target } })])],
    };
    expect(lines(input)).toEqual([
      '::error file=a.md,title=x%0A%3A%3Aerror%3A%3Aowned[2J[31mgnp.exe|<script>alert(1)</script>::m',
    ]);
  });

  it('annotates a fatal target error with its code and hint', () => {
    expect(lines(report)).toContain('::error file=docs/missing.md,title=INPUT_NOT_FOUND::File not found: docs/missing.md Hint: Check the path.');
  });

  it('prints nothing for a clean run, and says when the warning limit was exceeded', () => {
    expect(formatGithub(emptyReport, context)).toBe('');
    expect(formatGithub({ tool: TOOL, results: [clean] }, context)).toBe('');
    expect(lines(emptyReport, { maxWarningsExceeded: { maxWarnings: 2, foundWarnings: 5 } })).toEqual([
      '::error title=privacy-lint::Too many warnings: 5 found, at most 2 allowed.',
    ]);
  });
});
