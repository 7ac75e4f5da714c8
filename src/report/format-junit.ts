/**
 * JUnit XML for CI test dashboards: a suite per target and a test case per rule that reported on it, so that
 * passes count too. Only error-level violations fail; a target that could not be checked is an error.
 */
import type { Finding, Report, TargetResult } from '../types.js';
import type { FormatContext } from './context.js';
import { escapeXml, stripControlCharacters } from './escape.js';
import { displayMessage, isProblem } from './findings.js';
import { displayTarget, formatPosition, resolveLocation } from './location.js';
import { sortReport } from './order.js';

interface CaseOutcome {
  element: 'failure' | 'error';
  message: string;
  type: string;
  details: string[];
}

interface TestCase {
  name: string;
  outcome?: CaseOutcome;
  skipped?: boolean;
  output?: string[];
}

interface TestSuite {
  name: string;
  cases: TestCase[];
}

function detailLine(finding: Finding, cwd: string): string {
  const location = resolveLocation(finding.location, cwd);
  const where = formatPosition(location) || (location.isUrl ? location.path : 'document');
  return `${where} ${finding.severity}: ${displayMessage(finding)}`;
}

function ruleCase(ruleId: string, findings: readonly Finding[], cwd: string): TestCase {
  const details = findings.filter(isProblem).map((finding) => detailLine(finding, cwd));
  const failing = findings.filter((finding) => finding.outcome === 'violation' && finding.severity === 'error');
  const [first] = failing;
  if (first) {
    const more = failing.length > 1 ? ` (+${failing.length - 1} more)` : '';
    const message = `${first.message}${more}`;
    return { name: ruleId, outcome: { element: 'failure', message, type: 'error', details } };
  }
  if (findings.every((finding) => finding.outcome === 'inapplicable')) return { name: ruleId, skipped: true };
  return details.length > 0 ? { name: ruleId, output: details } : { name: ruleId };
}

function suiteFor(result: TargetResult, placeholder: string, cwd: string): TestSuite {
  const cases: TestCase[] = [];
  if (result.error) {
    const { code, message, hint } = result.error;
    const details = hint ? [message, `Hint: ${hint}`] : [message];
    cases.push({ name: code, outcome: { element: 'error', message, type: code, details } });
  }
  const ruleIds = [...new Set(result.findings.map((finding) => finding.ruleId))].sort();
  for (const ruleId of ruleIds) {
    cases.push(ruleCase(ruleId, result.findings.filter((finding) => finding.ruleId === ruleId), cwd));
  }
  // Some CI dashboards reject a suite without test cases; a target with nothing to report passed.
  if (cases.length === 0) cases.push({ name: placeholder });
  return { name: displayTarget(result.target, cwd), cases };
}

function counts(cases: readonly TestCase[]) {
  return {
    tests: cases.length,
    failures: cases.filter((testCase) => testCase.outcome?.element === 'failure').length,
    errors: cases.filter((testCase) => testCase.outcome?.element === 'error').length,
    skipped: cases.filter((testCase) => testCase.skipped).length,
  };
}

/** Bidirectional overrides are valid XML but would reorder text in test dashboards, so they go too. */
function xmlText(text: string): string {
  return escapeXml(stripControlCharacters(text));
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${xmlText(String(value))}"`)
    .join('');
}

function renderCase(testCase: TestCase, classname: string): string[] {
  const open = `    <testcase${attributes({ classname, name: testCase.name })}`;
  const { outcome } = testCase;
  if (outcome) {
    const body = outcome.details.map(xmlText).join('\n');
    const outcomeAttributes = attributes({ message: outcome.message, type: outcome.type });
    return [
      `${open}>`,
      `      <${outcome.element}${outcomeAttributes}>${body}</${outcome.element}>`,
      '    </testcase>',
    ];
  }
  if (testCase.skipped) return [`${open}>`, '      <skipped/>', '    </testcase>'];
  if (testCase.output) {
    return [`${open}>`, `      <system-out>${testCase.output.map(xmlText).join('\n')}</system-out>`, '    </testcase>'];
  }
  return [`${open}/>`];
}

export function formatJunit(report: Report, context: FormatContext): string {
  const name = report.tool.name;
  const results = sortReport(report).results;
  const suites =
    results.length > 0
      ? results.map((result) => suiteFor(result, name, context.cwd))
      : [{ name, cases: [{ name }] }];
  const total = counts(suites.flatMap((suite) => suite.cases));
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${attributes({ name, ...total })}>`];
  for (const suite of suites) {
    lines.push(`  <testsuite${attributes({ name: suite.name, ...counts(suite.cases) })}>`);
    for (const testCase of suite.cases) lines.push(...renderCase(testCase, suite.name));
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
