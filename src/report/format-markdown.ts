/**
 * Markdown for tickets and pull-request comments: a summary table, then per target its findings and, for policies,
 * which information elements were found. Every piece of report text goes through `escapeMarkdown`, because a
 * comment that renders hostile HTML or links is worse than no comment.
 */
import type { ConsentVerdict, ElementStatus, Finding, PolicyResult, Report, TargetResult } from '../types.js';
import type { FormatContext } from './context.js';
import { escapeMarkdown } from './escape.js';
import { describeMaxWarnings, describeTargetError, displayMessage, isProblem, pluralise } from './findings.js';
import { displayTarget, formatPosition, resolveLocation } from './location.js';
import { sortReport } from './order.js';

const VERDICT_LABEL: Record<ConsentVerdict, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  incomplete: '❓ incomplete',
};

const ELEMENT_LABEL: Record<ElementStatus, string> = { present: '✅', partial: '⚠️', absent: '❌' };

function verdict(result: TargetResult): string {
  if (result.error) return `💥 error (${escapeMarkdown(result.error.code)})`;
  if (result.kind !== 'policy') return VERDICT_LABEL[result.verdict];
  if (result.errorCount > 0) return '❌ fail';
  return result.warningCount > 0 ? '⚠️ warnings' : '✅ pass';
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * Link destinations are not escaped by `escapeMarkdown`: only a parsed http(s) URL is linked, inside `<…>`, and `|`
 * is percent-encoded so it cannot end the table cell.
 */
function ruleCell(finding: Finding): string {
  const text = escapeMarkdown(finding.ruleId);
  if (!URL.canParse(finding.helpUrl)) return text;
  const url = new URL(finding.helpUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return text;
  return `[${text}](<${url.href.replace(/\|/g, '%7C')}>)`;
}

function locationCell(finding: Finding, header: string, cwd: string): string {
  const location = resolveLocation(finding.location, cwd);
  const parts = [location.path === header ? '' : location.path, formatPosition(location)].filter(Boolean);
  if (parts.length > 0) return escapeMarkdown(parts.join(':'));
  return location.isUrl ? 'page' : 'document';
}

function findingsTable(result: TargetResult, header: string, cwd: string): string[] {
  const problems = result.findings.filter(isProblem);
  if (problems.length === 0) return result.error ? [] : ['No problems found.'];
  return [
    row(['Severity', 'Rule', 'Location', 'Message']),
    row(['---', '---', '---', '---']),
    ...problems.map((finding) =>
      row([
        finding.severity,
        ruleCell(finding),
        locationCell(finding, header, cwd),
        escapeMarkdown(displayMessage(finding)),
      ]),
    ),
  ];
}

function elementChecklist(policy: PolicyResult): string[] {
  const names = Object.keys(policy.elements).sort();
  if (names.length === 0) return [];
  return [
    `**Information elements** (profile ${escapeMarkdown(policy.profile)})`,
    '',
    ...names.map((name) => {
      const status = policy.elements[name]!.status;
      return `- ${ELEMENT_LABEL[status]} ${escapeMarkdown(name)} (${status})`;
    }),
  ];
}

function policyOf(result: TargetResult): PolicyResult | null {
  if (result.kind === 'policy') return result;
  return result.kind === 'site' ? result.policy : null;
}

function targetSection(result: TargetResult, cwd: string): string[] {
  const header = displayTarget(result.target, cwd);
  const lines = [`## ${escapeMarkdown(header)}`, ''];
  if (result.error) {
    const code = escapeMarkdown(result.error.code);
    lines.push(`> **Could not be checked:** ${code}: ${escapeMarkdown(describeTargetError(result.error))}`, '');
  }
  const table = findingsTable(result, header, cwd);
  if (table.length > 0) lines.push(...table, '');
  const policy = policyOf(result);
  const checklist = policy ? elementChecklist(policy) : [];
  if (checklist.length > 0) lines.push(...checklist, '');
  return lines;
}

function summary(report: Report, context: FormatContext): string[] {
  const lines: string[] = [];
  if (context.maxWarningsExceeded) {
    lines.push(`> **${describeMaxWarnings(context.maxWarningsExceeded)}**`, '');
  }
  if (report.results.length === 0) return [...lines, 'No targets were checked.', ''];
  return [
    ...lines,
    row(['Target', 'Result', 'Errors', 'Warnings', 'Infos']),
    row(['---', '---', '---:', '---:', '---:']),
    ...report.results.map((result) =>
      row([
        escapeMarkdown(displayTarget(result.target, context.cwd)),
        verdict(result),
        String(result.errorCount),
        String(result.warningCount),
        String(result.infoCount),
      ]),
    ),
    '',
  ];
}

export function formatMarkdown(report: Report, context: FormatContext): string {
  const sorted = sortReport(report);
  const title = `# ${escapeMarkdown(sorted.tool.name)} report`;
  const count = pluralise(sorted.results.length, 'target');
  const tool = `${escapeMarkdown(sorted.tool.name)} ${escapeMarkdown(sorted.tool.version)}`;
  const lines = [title, '', `${tool} checked ${count}.`, ''];
  lines.push(...summary(sorted, context));
  for (const result of sorted.results) lines.push(...targetSection(result, context.cwd));
  return `${lines.join('\n').trimEnd()}\n`;
}
