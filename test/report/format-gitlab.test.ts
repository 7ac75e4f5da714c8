import { describe, expect, it } from 'vitest';
import { formatGitlab } from '../../src/report/format-gitlab.js';
import type { Report } from '../../src/types.js';
import { context, emptyReport, finding, policyResult, report, shuffledReport, TOOL } from './sample-reports.js';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

function issues(input: Report): Issue[] {
  return JSON.parse(formatGitlab(input, context)) as Issue[];
}

describe('formatGitlab', () => {
  it('is a JSON array, empty for a clean run', () => {
    expect(issues(emptyReport)).toEqual([]);
  });

  it('writes one issue per problem with relative path, line and mapped severity', () => {
    const [missing, review, atLine] = issues(report);
    expect(missing).toMatchObject({
      description: 'No contact details for a data protection officer.',
      check_name: 'dpo-contact',
      severity: 'minor',
      location: { path: 'docs/privacy.md', lines: { begin: 1 } },
    });
    expect(review).toMatchObject({ check_name: 'legal-basis', severity: 'minor', location: { lines: { begin: 3 } } });
    expect(atLine).toMatchObject({ check_name: 'retention-period', severity: 'major', location: { lines: { begin: 12 } } });
    expect(issues(report).map((issue) => issue.check_name)).not.toContain('controller-identity');
  });

  it.each([
    ['error', 'major'],
    ['warning', 'minor'],
    ['info', 'info'],
  ] as const)('maps severity %s to %s', (severity, expected) => {
    const target = 'a.md';
    const input: Report = { tool: TOOL, results: [policyResult(target, [finding({ ruleId: 'r', severity, location: { target } })])] };
    expect(issues(input)[0]?.severity).toBe(expected);
  });

  it('reports a fatal target error as a critical issue', () => {
    expect(issues(report).find((issue) => issue.check_name === 'INPUT_NOT_FOUND')).toMatchObject({
      severity: 'critical',
      description: 'File not found: docs/missing.md Hint: Check the path.',
      location: { path: 'docs/missing.md', lines: { begin: 1 } },
    });
  });

  it('gives every occurrence a unique sha256 fingerprint, even identical findings at one place', () => {
    const target = 'a.md';
    const twin = finding({ ruleId: 'r', message: 'Same.', location: { target, line: 4 } });
    const input: Report = { ...report, results: [...report.results, policyResult(target, [twin, { ...twin }])] };
    const fingerprints = issues(input).map((issue) => issue.fingerprint);
    expect(fingerprints.every((value) => /^[0-9a-f]{64}$/.test(value))).toBe(true);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it('keeps fingerprints stable across runs and input order, and tied to rule, path, line and message', () => {
    const byKey = (input: Report) =>
      new Map(issues(input).map((issue) => [`${issue.check_name} ${issue.location.path}:${issue.location.lines.begin}`, issue.fingerprint]));
    const original = byKey(report);
    expect(byKey(shuffledReport(report, 3))).toEqual(original);
    const target = 'a.md';
    const single = (overrides: Parameters<typeof finding>[0]): string =>
      issues({ tool: TOOL, results: [policyResult(target, [finding(overrides)])] })[0]!.fingerprint;
    const base = single({ ruleId: 'r', message: 'Message.', location: { target, line: 1 } });
    expect(single({ ruleId: 'r', message: '  MESSAGE. ', location: { target, line: 1 } })).toBe(base);
    expect(single({ ruleId: 'r', message: 'Message.', location: { target, line: 1, column: 9 } })).toBe(base);
    expect(single({ ruleId: 'other', message: 'Message.', location: { target, line: 1 } })).not.toBe(base);
    expect(single({ ruleId: 'r', message: 'Message.', location: { target, line: 2 } })).not.toBe(base);
    expect(single({ ruleId: 'r', message: 'Other.', location: { target, line: 1 } })).not.toBe(base);
    expect(single({ ruleId: 'r', message: 'Message.', location: { target: 'b.md', line: 1 } })).not.toBe(base);
  });
});
