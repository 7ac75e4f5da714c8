import { describe, expect, it } from 'vitest';
import { displayWidth, formatStylish } from '../../src/report/format-stylish.js';
import type { Report } from '../../src/types.js';
import { consent, context, emptyReport, finding, policyResult, report, TOOL, unreadable } from './sample-reports.js';

const SGR = /\u001b\[\d+m/g;
const RAW_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function blockOf(output: string, header: string): string[] {
  const lines = output.split('\n');
  const start = lines.indexOf(header);
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end);
}

describe('formatStylish', () => {
  it('prints a header per target with problems and one row per problem, passes left out', () => {
    const output = formatStylish(report, context);
    const rows = blockOf(output, 'docs/privacy.md');
    expect(rows.map((row) => row.trim().split(/\s{2,}/))).toEqual([
      ['-', 'warning', 'No contact details for a data protection officer.', 'dpo-contact'],
      ['3:1', 'warning', 'Needs review: A legal basis is named but the purpose it covers is unclear.', 'legal-basis'],
      ['12:5', 'error', 'The policy does not say how long personal data is kept.', 'retention-period'],
      ['40:1', 'error', 'The policy does not say how long personal data is kept.', 'retention-period'],
    ]);
    expect(output).not.toContain('The controller is named.');
    expect(output).not.toContain('docs/my policy.md');
  });

  it('aligns every column, also with accents, combining marks and wide characters', () => {
    const target = 'docs/aligned.md';
    const messages = ['Short.', 'Données manquantes — e\u0301té.', '隐私政策缺少保留期限。', 'A much longer message than the others here.'];
    const aligned = policyResult(
      target,
      messages.map((message, index) =>
        finding({ ruleId: `rule-${'x'.repeat(index)}`, message, location: { target, line: 10 ** index, column: index + 1 } }),
      ),
    );
    const rows = blockOf(formatStylish({ tool: TOOL, results: [aligned] }, context), target);
    expect(rows).toHaveLength(messages.length);
    const columnOf = (row: string, text: string) => displayWidth(row.slice(0, row.indexOf(text)));
    const severityColumns = rows.map((row) => columnOf(row, 'error'));
    const ruleColumns = rows.map((row, index) => columnOf(row, `rule-${'x'.repeat(index)}`));
    expect(new Set(severityColumns).size).toBe(1);
    expect(new Set(ruleColumns).size).toBe(1);
    const messageColumns = rows.map((row, index) => columnOf(row, messages[index]!));
    expect(new Set(messageColumns).size).toBe(1);
  });

  it.each([
    ['ASCII', 'abc', 3],
    ['combining mark', 'e\u0301', 1],
    ['CJK', '隐私', 4],
    ['emoji', '🍪', 2],
  ])('measures %s text in terminal columns', (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('cannot be steered by hostile cookie names: no raw control, escape or bidi character, no forged line', () => {
    const output = formatStylish(report, context);
    expect(output).not.toMatch(RAW_CONTROLS);
    expect(output).not.toMatch(BIDI);
    expect(output).toContain('x⏎::error::owned␛[2J␛[31mgnp.exe␇');
    const consentRows = blockOf(output, 'https://shop.example/');
    expect(consentRows).toHaveLength(consent.findings.length);
    expect(consentRows.every((row) => row.startsWith('  '))).toBe(true);
  });

  it('adds colour only when asked, and hostile escapes stay inert under colour', () => {
    expect(formatStylish(report, context)).not.toContain('\u001b');
    const coloured = formatStylish(report, { ...context, color: true });
    expect(coloured).toMatch(SGR);
    expect(coloured.replace(SGR, '')).toBe(formatStylish(report, context));
    expect(coloured).not.toContain('\u001b[2J');
  });

  it('shows a fatal target error as one row with its code and hint', () => {
    const rows = blockOf(formatStylish(report, context), 'docs/missing.md');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/fatal {2}File not found: docs\/missing\.md Hint: Check the path\. {2}INPUT_NOT_FOUND$/);
  });

  it('names the page a finding is about when it is not the target itself', () => {
    const rows = blockOf(formatStylish(report, context), 'https://shop.example/');
    expect(rows[0]).toContain('(https://shop.example/checkout?step=1)');
    expect(rows[1]).not.toContain('(https://');
  });

  it('sums the counts of all targets in the summary, with singular and plural', () => {
    const output = formatStylish(report, context);
    expect(output).toContain('✖ 6 problems (3 errors, 3 warnings, 0 infos)\n✖ 1 target could not be checked\n');
    const single: Report = { tool: TOOL, results: [{ ...policyResult('a.md', []), errorCount: 1 }] };
    expect(formatStylish(single, context)).toContain('✖ 1 problem (1 error, 0 warnings, 0 infos)');
  });

  it('prints only a success line when nothing is wrong', () => {
    expect(formatStylish(emptyReport, context)).toBe('✔ No problems found (0 targets checked)\n');
    const clean: Report = { tool: TOOL, results: [policyResult('a.md', []), policyResult('b.md', [])] };
    expect(formatStylish(clean, context)).toBe('✔ No problems found (2 targets checked)\n');
  });

  it('says when the warning limit was exceeded', () => {
    const output = formatStylish(
      { tool: TOOL, results: [unreadable] },
      { ...context, maxWarningsExceeded: { maxWarnings: 0, foundWarnings: 3 } },
    );
    expect(output).toContain('✖ Too many warnings: 3 found, at most 0 allowed');
    expect(output).not.toContain('✔');
  });
});
