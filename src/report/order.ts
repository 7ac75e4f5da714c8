/**
 * One ordering for every format, so the same findings always give the same bytes whatever order the engines
 * produced them in. Strings compare by code unit, never by locale, so the order does not depend on the machine.
 */
import type { Finding, Report, TargetResult } from '../types.js';

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A missing position sorts first: findings about the whole document come before those at a line. */
function compareNumbers(a: number | undefined, b: number | undefined): number {
  return (a ?? 0) - (b ?? 0);
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.location.target, b.location.target) ||
    compareNumbers(a.location.line, b.location.line) ||
    compareNumbers(a.location.column, b.location.column) ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.message, b.message) ||
    compareStrings(a.location.url ?? '', b.location.url ?? '') ||
    compareNumbers(a.location.endLine, b.location.endLine) ||
    compareNumbers(a.location.endColumn, b.location.endColumn) ||
    compareStrings(a.severity, b.severity) ||
    compareStrings(a.outcome, b.outcome) ||
    // Last resort, so that even findings differing only in their data have one order.
    compareStrings(JSON.stringify(a), JSON.stringify(b))
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

function withSortedFindings<T extends { findings: Finding[] }>(result: T): T {
  return { ...result, findings: sortFindings(result.findings) };
}

function sortResult(result: TargetResult): TargetResult {
  if (result.kind !== 'site') return withSortedFindings(result);
  return {
    ...withSortedFindings(result),
    policy: result.policy && withSortedFindings(result.policy),
    consent: result.consent && withSortedFindings(result.consent),
  };
}

/** A copy of the report with results sorted by target and every findings list sorted; the input is not changed. */
export function sortReport(report: Report): Report {
  const results = report.results
    .map((result) => sortResult(result))
    .sort((a, b) => compareStrings(a.target, b.target) || compareStrings(a.kind, b.kind));
  return { ...report, results };
}
