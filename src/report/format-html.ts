/**
 * One self-contained HTML file for people: a summary, then per target its verdict, findings, policy checklist and
 * consent phases, and what each rule checks. Like Lighthouse's report it is a pure function of the JSON result, and
 * no text from a site or a policy ever becomes markup: every value goes through the `html` template's escaping, links
 * are http(s) only, and the Content-Security-Policy forbids scripts and every fetch but inline images.
 */
import type { Report, RuleMeta, TargetResult } from '../types.js';
import type { FormatContext } from './context.js';
import { describeMaxWarnings, pluralise } from './findings.js';
import { consentFacts, phaseSections, screenshotFigure } from './html/consent.js';
import { findingsSection, ruleAnchors, rulesSection, type RuleAnchors } from './html/findings.js';
import { dataTable, html, link, type Markup } from './html/markup.js';
import { elementChecklist, policyFacts } from './html/policy.js';
import { declaredCookiesSection, pagesSection, siteFacts } from './html/site.js';
import { STYLE } from './html/style.js';
import { displayTarget } from './location.js';
import { sortReport } from './order.js';
import { consentOf, findingsOf, policyOf, targetStatus, type TargetStatus } from './view.js';

const STATUS_LABEL = new Map<string, Markup>([
  ['pass', html`<span class="label pass">✔ Pass</span>`],
  ['fail', html`<span class="label fail">✖ Fail</span>`],
  ['incomplete', html`<span class="label incomplete">? Incomplete</span>`],
  ['warnings', html`<span class="label warnings">▲ Warnings</span>`],
  ['error', html`<span class="label error">⚠ Not checked</span>`],
]);

const KIND_LABEL = new Map<string, string>([
  ['policy', 'Privacy policy'],
  ['consent', 'Cookie consent'],
  ['site', 'Website'],
]);

interface TargetView {
  result: TargetResult;
  anchor: string;
  header: string;
}

function kindLabel(result: TargetResult): string {
  return KIND_LABEL.get(result.kind) ?? result.kind;
}

/** A verdict read from a file may be anything: only known ones get a label, others show as plain text. */
function statusLabel(result: TargetResult): Markup {
  const status = targetStatus(result);
  return STATUS_LABEL.get(status) ?? html`${status}`;
}

function sum(results: readonly TargetResult[], pick: (result: TargetResult) => number): number {
  return results.reduce((total, result) => total + pick(result), 0);
}

function summarySection(report: Report, views: readonly TargetView[], context: FormatContext): Markup {
  const { results } = report;
  const count = (status: TargetStatus) => results.filter((result) => targetStatus(result) === status).length;
  const totals = [
    html`<li><strong>${pluralise(results.length, 'target')}</strong></li>`,
    ...(['fail', 'incomplete', 'warnings', 'pass', 'error'] as const)
      .filter((status) => count(status) > 0)
      .map((status) => html`<li>${STATUS_LABEL.get(status)}: ${count(status)}</li>`),
    html`<li><span class="label error">✖</span> ${pluralise(sum(results, (r) => r.errorCount), 'error')}</li>`,
    html`<li><span class="label warning">▲</span> ${pluralise(sum(results, (r) => r.warningCount), 'warning')}</li>`,
    html`<li><span class="label info">ℹ</span> ${pluralise(sum(results, (r) => r.infoCount), 'info')}</li>`,
  ];
  const rows = views.map(
    ({ result, anchor, header }) =>
      html`<tr><td class="data"><a href="#${anchor}">${header}</a></td><td>${kindLabel(result)}</td><td>${statusLabel(
        result,
      )}</td><td class="num">${result.errorCount}</td><td class="num">${result.warningCount}</td><td class="num">${result.infoCount}</td></tr>\n`,
  );
  return html`<section aria-labelledby="summary">
<h2 id="summary">Summary</h2>
${context.maxWarningsExceeded ? html`<p class="alert"><strong>${describeMaxWarnings(context.maxWarningsExceeded)}</strong></p>\n` : ''}<ul class="totals">${totals}</ul>
${
  views.length === 0
    ? html`<p>No targets were checked.</p>`
    : dataTable('Targets', ['Target', 'Kind', 'Result', 'Errors', 'Warnings', 'Infos'], rows, ['Errors', 'Warnings', 'Infos'])
}
</section>`;
}

function errorNote(result: TargetResult): Markup {
  if (!result.error) return html``;
  const { code, message, hint } = result.error;
  return html`<p class="alert"><strong>⚠ Could not be checked</strong> (<code class="data">${code}</code>): <span class="data">${message}</span>${
    hint ? html`<br>Hint: <span class="data">${hint}</span>` : ''
  }</p>\n`;
}

function targetSection(view: TargetView, rules: ReadonlyMap<string, RuleMeta>, anchors: RuleAnchors, cwd: string): Markup {
  const { result, anchor, header } = view;
  const policy = policyOf(result);
  const consent = consentOf(result);
  return html`<section class="target" aria-labelledby="${anchor}">
<h2 id="${anchor}"><span class="data">${header}</span></h2>
<dl class="facts">
<dt>Kind</dt><dd>${kindLabel(result)}</dd>
<dt>Result</dt><dd>${statusLabel(result)} — ${pluralise(result.errorCount, 'error')}, ${pluralise(result.warningCount, 'warning')}, ${pluralise(
    result.infoCount,
    'info',
  )}</dd>
${result.kind !== 'policy' ? html`<dt>Address</dt><dd class="data">${link(result.target)}</dd>\n` : ''}${siteFacts(result)}${policy ? policyFacts(policy) : ''}${
    consent ? consentFacts(consent) : ''
  }</dl>
${errorNote(result)}${pagesSection(result)}${consent ? screenshotFigure(consent) : ''}
${findingsSection(findingsOf(result), !result.error, rules, anchors, header, cwd)}
${policy ? elementChecklist(policy, rules) : ''}
${declaredCookiesSection(result)}
${consent ? phaseSections(consent) : ''}
</section>
`;
}

export function formatHtml(report: Report, context: FormatContext): string {
  const sorted = sortReport(report);
  const rules = new Map(context.rules.map((rule) => [rule.id, rule]));
  const views = sorted.results.map((result, index) => ({
    result,
    anchor: `target-${index + 1}`,
    header: displayTarget(result.target, context.cwd),
  }));
  const findings = sorted.results.flatMap(findingsOf);
  const anchors = ruleAnchors(findings.map((finding) => finding.ruleId));
  const tool = `${sorted.tool.name} ${sorted.tool.version}`;
  const document = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Privacy report — ${sorted.tool.name}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Privacy report</h1>
<p class="muted">${tool} checked ${pluralise(sorted.results.length, 'target')}.${sorted.date ? html` Date of the run: <span class="data">${sorted.date}</span>.` : ''}</p>
</header>
<main>
${summarySection(sorted, views, context)}
${views.map((view) => targetSection(view, rules, anchors, context.cwd))}${rulesSection(findings, rules, anchors)}
</main>
<footer><p>Generated by <span class="data">${tool}</span> from the JSON result of the run. Cookie values are never shown.</p></footer>
</body>
</html>
`;
  return document.toString();
}
