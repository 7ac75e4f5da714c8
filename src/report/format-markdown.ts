/**
 * Markdown for tickets and pull-request comments: a summary table, then per target its findings, for policies which
 * information elements were found, and for consent audits the cookies and requests of each phase. Every piece of report text goes through `escapeMarkdown`, because a
 * comment that renders hostile HTML or links is worse than no comment.
 */
import type { ConsentPhaseSummary, ConsentResult, Finding, PolicyResult, Report, TargetResult } from '../types.js';
import type { FormatContext } from './context.js';
import { escapeMarkdown } from './escape.js';
import { describeMaxWarnings, describeTargetError, displayMessage, isProblem, pluralise } from './findings.js';
import { displayTarget, formatPosition, resolveLocation } from './location.js';
import { sortReport } from './order.js';
import { checklistOf, consentOf, EVIDENCE_SHOWN, findingsOf, httpUrl, PHASE_NAMES, PHASE_TITLES, policyOf, sortedPhase, targetStatus } from './view.js';

/** Labels by status; a value read from a file that is not one of them is shown as itself, escaped. */
const STATUS_LABEL = new Map([
  ['pass', '✅ pass'],
  ['fail', '❌ fail'],
  ['incomplete', '❓ incomplete'],
  ['warnings', '⚠️ warnings'],
]);

const ELEMENT_LABEL = new Map([
  ['present', '✅'],
  ['partial', '⚠️'],
  ['absent', '❌'],
]);

function verdict(result: TargetResult): string {
  if (result.error) return `💥 error (${escapeMarkdown(result.error.code)})`;
  const status = targetStatus(result);
  return STATUS_LABEL.get(status) ?? escapeMarkdown(status);
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
  const url = httpUrl(finding.helpUrl);
  return url ? `[${text}](<${url.href.replace(/\|/g, '%7C')}>)` : text;
}

function locationCell(finding: Finding, header: string, cwd: string): string {
  const location = resolveLocation(finding.location, cwd);
  const parts = [location.path === header ? '' : location.path, formatPosition(location)].filter(Boolean);
  if (parts.length > 0) return escapeMarkdown(parts.join(':'));
  return location.isUrl ? 'page' : 'document';
}

function findingsTable(result: TargetResult, header: string, cwd: string): string[] {
  const problems = findingsOf(result).filter(isProblem);
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
  const checklist = checklistOf(policy);
  if (checklist.length === 0) return [];
  return [
    `**Information elements** (profile ${escapeMarkdown(policy.profile)})`,
    '',
    ...checklist.map(({ id, element, evidence }) => {
      const label = ELEMENT_LABEL.get(element.status) ?? '';
      const lines = [...new Set(evidence.map((item) => item.line))];
      const shown = lines.length > 0 ? `, line ${lines.slice(0, EVIDENCE_SHOWN).join(', ')}${lines.length > EVIDENCE_SHOWN ? '…' : ''}` : '';
      return `- ${label} ${escapeMarkdown(id)} (${escapeMarkdown(element.status)}${shown})`;
    }),
  ];
}

function phaseTables(phase: ConsentPhaseSummary): string[] {
  const sorted = sortedPhase(phase);
  const lines: string[] = [];
  if (phase.partial) lines.push('Recorded only in part: the lists may miss something.', '');
  if (phase.pages?.length) lines.push(`Pages in this phase: ${phase.pages.map((page) => escapeMarkdown(page.url)).join(', ')}`, '');
  if (sorted.cookies.length === 0) lines.push('No cookies.', '');
  else {
    lines.push(row(['Cookie', 'Domain', 'Category', 'Essential', 'Set by']), row(['---', '---', '---', '---', '---']));
    for (const cookie of sorted.cookies) {
      const cells = [cookie.name, cookie.domain, cookie.category, cookie.essential ? 'yes' : 'no', cookie.setBy ?? ''];
      lines.push(row(cells.map(escapeMarkdown)));
    }
    lines.push('');
  }
  if (sorted.thirdPartyRequests.length === 0) lines.push('No third-party requests.', '');
  else {
    lines.push(row(['Third-party request', 'Site', 'Category', 'Vendor']), row(['---', '---', '---', '---']));
    for (const request of sorted.thirdPartyRequests) {
      lines.push(row([request.url, request.site, request.category, request.vendor ?? ''].map(escapeMarkdown)));
    }
    lines.push('');
  }
  return lines;
}

/** Cookies and third-party requests per phase; nothing when no phase was recorded at all. */
function phaseSections(consent: ConsentResult): string[] {
  if (!PHASE_NAMES.some((name) => consent.phases[name])) return [];
  return PHASE_NAMES.flatMap((name) => {
    const phase = consent.phases[name];
    return [`### ${PHASE_TITLES[name]}`, '', ...(phase ? phaseTables(phase) : ['Not recorded.', ''])];
  });
}

/** What a site or consent audit adds above its findings: the banner, the policy it found, the pages it visited. */
function siteFacts(result: TargetResult): string[] {
  const consent = consentOf(result);
  const lines: string[] = [];
  if (consent) {
    const { found, cmp } = consent.banner;
    const banner = found ? `found${cmp ? ` (${escapeMarkdown(cmp)})` : ''}` : 'not found';
    lines.push(`**Consent banner:** ${banner}${consent.partial ? ' (recorded only in part)' : ''}`);
  }
  if (result.kind === 'site') {
    lines.push(`**Privacy policy:** ${result.policyUrl ? escapeMarkdown(result.policyUrl) : 'not found'}`);
    lines.push(`**Pages visited:** ${[...new Set(result.pages)].map(escapeMarkdown).join(', ') || 'none'}`);
  }
  return lines.length > 0 ? [lines.join('  \n'), ''] : [];
}

function targetSection(result: TargetResult, cwd: string): string[] {
  const header = displayTarget(result.target, cwd);
  const lines = [`## ${escapeMarkdown(header)}`, ''];
  if (result.error) {
    const code = escapeMarkdown(result.error.code);
    lines.push(`> **Could not be checked:** ${code}: ${escapeMarkdown(describeTargetError(result.error))}`, '');
  }
  lines.push(...siteFacts(result));
  const table = findingsTable(result, header, cwd);
  if (table.length > 0) lines.push(...table, '');
  const policy = policyOf(result);
  const checklist = policy ? elementChecklist(policy) : [];
  if (checklist.length > 0) lines.push(...checklist, '');
  const consent = consentOf(result);
  if (consent) lines.push(...phaseSections(consent));
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
