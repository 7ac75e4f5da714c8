/**
 * The terminal format, after ESLint's `stylish`: a header per target with problems, aligned
 * `position  severity  message  rule` rows, then one summary line.
 */
import type { Report, TargetResult } from '../types.js';
import type { FormatContext } from './context.js';
import { sanitizeTerminalText } from './escape.js';
import { describeMaxWarnings, describeTargetError, displayMessage, isProblem, pluralise } from './findings.js';
import { displayTarget, formatPosition, resolveLocation } from './location.js';
import { sortReport } from './order.js';

const STYLES = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
} as const;

type Style = keyof typeof STYLES;
type Paint = (style: Style, text: string) => string;

function painter(color: boolean): Paint {
  if (!color) return (_style, text) => text;
  return (style, text) => `\u001b[${STYLES[style][0]}m${text}\u001b[${STYLES[style][1]}m`;
}

type RowSeverity = 'fatal' | 'error' | 'warning' | 'info';

const SEVERITY_STYLE: Record<RowSeverity, Style> = { fatal: 'red', error: 'red', warning: 'yellow', info: 'cyan' };

/** Every field already sanitised: rows hold only text that is safe to print. */
interface Row {
  position: string;
  severity: RowSeverity;
  message: string;
  rule: string;
}

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;
/** East Asian wide and fullwidth blocks and the common emoji blocks (Unicode UAX #11), as regex ranges. */
const DOUBLE_WIDTH_RANGES = [
  '\\u1100-\\u115f', // Hangul Jamo
  '\\u2e80-\\u303e', // CJK radicals, punctuation
  '\\u3041-\\u33ff', // kana, CJK compatibility
  '\\u3400-\\u4dbf', // CJK extension A
  '\\u4e00-\\u9fff', // CJK unified ideographs
  '\\ua000-\\ua4cf', // Yi
  '\\uac00-\\ud7a3', // Hangul syllables
  '\\uf900-\\ufaff', // CJK compatibility ideographs
  '\\ufe30-\\ufe4f', // CJK compatibility forms
  '\\uff00-\\uff60', // fullwidth forms
  '\\uffe0-\\uffe6', // fullwidth signs
  '\\u{1f300}-\\u{1f64f}', // pictographs, emoticons
  '\\u{1f900}-\\u{1f9ff}', // supplemental pictographs
  '\\u{20000}-\\u{3fffd}', // CJK extensions B and later
];
const DOUBLE_WIDTH = new RegExp(`[${DOUBLE_WIDTH_RANGES.join('')}]`, 'u');

/** Terminal columns a string occupies, so that rows with accents, CJK or emoji still line up. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += ZERO_WIDTH.test(char) ? 0 : DOUBLE_WIDTH.test(char) ? 2 : 1;
  return width;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

function rowsFor(result: TargetResult, header: string, cwd: string): Row[] {
  const rows: Row[] = [];
  if (result.error) {
    rows.push({
      position: '-',
      severity: 'fatal',
      message: sanitizeTerminalText(describeTargetError(result.error)),
      rule: sanitizeTerminalText(result.error.code),
    });
  }
  for (const finding of result.findings.filter(isProblem)) {
    const location = resolveLocation(finding.location, cwd);
    // Findings of a site result can point at the policy or another page: name it when it is not the header.
    const elsewhere = location.path === header ? '' : ` (${location.path})`;
    rows.push({
      position: formatPosition(location) || '-',
      severity: finding.severity,
      message: sanitizeTerminalText(`${displayMessage(finding)}${elsewhere}`),
      rule: sanitizeTerminalText(finding.ruleId),
    });
  }
  return rows;
}

function renderTable(rows: readonly Row[], paint: Paint): string[] {
  const width = (pick: (row: Row) => string) => Math.max(...rows.map((row) => displayWidth(pick(row))));
  const positionWidth = width((row) => row.position);
  const severityWidth = width((row) => row.severity);
  const messageWidth = width((row) => row.message);
  return rows.map((row) =>
    [
      '',
      paint('dim', padStart(row.position, positionWidth)),
      paint(SEVERITY_STYLE[row.severity], padEnd(row.severity, severityWidth)),
      padEnd(row.message, messageWidth),
      paint('dim', row.rule),
    ].join('  '),
  );
}

function summaryLines(report: Report, context: FormatContext, paint: Paint): string[] {
  const sum = (pick: (result: TargetResult) => number) => report.results.reduce((total, r) => total + pick(r), 0);
  const errors = sum((result) => result.errorCount);
  const warnings = sum((result) => result.warningCount);
  const infos = sum((result) => result.infoCount);
  const fatal = report.results.filter((result) => result.error).length;
  const problems = errors + warnings + infos;
  const lines: string[] = [];
  if (problems > 0) {
    const counts = `${pluralise(errors, 'error')}, ${pluralise(warnings, 'warning')}, ${pluralise(infos, 'info')}`;
    const line = `✖ ${pluralise(problems, 'problem')} (${counts})`;
    lines.push(paint(errors > 0 ? 'red' : 'yellow', paint('bold', line)));
  }
  if (fatal > 0) lines.push(paint('red', paint('bold', `✖ ${pluralise(fatal, 'target')} could not be checked`)));
  if (context.maxWarningsExceeded) {
    lines.push(paint('red', paint('bold', `✖ ${describeMaxWarnings(context.maxWarningsExceeded)}`)));
  }
  if (lines.length === 0) {
    lines.push(paint('green', `✔ No problems found (${pluralise(report.results.length, 'target')} checked)`));
  }
  return lines;
}

export function formatStylish(report: Report, context: FormatContext): string {
  const paint = painter(context.color === true);
  const sorted = sortReport(report);
  const blocks: string[] = [];
  for (const result of sorted.results) {
    const header = displayTarget(result.target, context.cwd);
    const rows = rowsFor(result, header, context.cwd);
    if (rows.length === 0) continue;
    blocks.push([paint('underline', sanitizeTerminalText(header)), ...renderTable(rows, paint)].join('\n'));
  }
  const summary = summaryLines(sorted, context, paint).join('\n');
  return blocks.length === 0 ? `${summary}\n` : `\n${blocks.join('\n\n')}\n\n${summary}\n`;
}
