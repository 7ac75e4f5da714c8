/** The findings of a target as tables, and the plain-language description of every rule that reported something. */
import { LANGUAGES, type Finding, type RuleMeta } from '../../types.js';
import { isProblem } from '../findings.js';
import { resolveLocation } from '../location.js';
import { compareStrings } from '../order.js';
import { dataTable, html, link, type Markup } from './markup.js';

/** A symbol and a word for every outcome and severity, so colour is never the only signal. */
const SEVERITY_LABEL = new Map<string, Markup>([
  ['error', html`<span class="label error">✖ Error</span>`],
  ['warning', html`<span class="label warning">▲ Warning</span>`],
  ['info', html`<span class="label info">ℹ Info</span>`],
]);

const OUTCOME_LABEL = new Map<string, Markup>([
  ['incomplete', html`<span class="label incomplete">? Needs review</span>`],
  ['pass', html`<span class="label pass">✔ Pass</span>`],
  ['inapplicable', html`<span class="label muted">– Not applicable</span>`],
]);

/** Labels are looked up, never built from the data, so an unexpected value shows as itself in plain text. */
function outcomeLabel(finding: Finding): Markup {
  const severity = SEVERITY_LABEL.get(finding.severity) ?? html`${finding.severity}`;
  if (finding.outcome === 'violation') return severity;
  const outcome = OUTCOME_LABEL.get(finding.outcome) ?? html`${finding.outcome}`;
  return finding.outcome === 'incomplete' ? html`${outcome}<br>${severity}` : outcome;
}

/** Rules in the order of their ids, numbered, so a finding can point at its rule's description by a fixed anchor. */
export type RuleAnchors = Map<string, string>;

export function ruleAnchors(ruleIds: Iterable<string>): RuleAnchors {
  const sorted = [...new Set(ruleIds)].sort(compareStrings);
  return new Map(sorted.map((id, index) => [id, `rule-${index + 1}`]));
}

function legalReferences(tags: readonly string[]): string[] {
  return tags.filter((tag) => !tag.startsWith('cat.'));
}

/** A problem carries its references and guidance; a passed check links to its rule's description only. */
function ruleCell(finding: Finding, rule: RuleMeta | undefined, anchors: RuleAnchors): Markup {
  const anchor = anchors.get(finding.ruleId);
  const id = html`<code class="data">${finding.ruleId}</code>`;
  const head = html`${anchor ? html`<a href="#${anchor}">${id}</a>` : id}${rule ? html`<br>${rule.title}` : ''}`;
  if (!isProblem(finding)) return head;
  const references = legalReferences(finding.tags);
  return html`${head}${
    references.length > 0 ? html`<br><span class="refs">Legal references: <span class="data">${references.join(', ')}</span></span>` : ''
  }${finding.helpUrl ? html`<br><span class="refs">${link(finding.helpUrl, 'Guidance')}</span>` : ''}`;
}

function whereCell(finding: Finding, header: string, cwd: string): Markup {
  const location = resolveLocation(finding.location, cwd);
  const place = location.path === header ? '' : location.isUrl ? link(location.path) : location.path;
  const at = location.line === undefined ? '' : `line ${location.line}${location.column === undefined ? '' : `, column ${location.column}`}`;
  if (!place && !at) return html`<span class="muted">${location.isUrl ? 'the page' : 'the whole document'}</span>`;
  return html`<span class="data">${place}</span>${place && at ? html`<br>` : ''}${at}`;
}

function messageCell(finding: Finding): Markup {
  const localized = finding.localizedMessage;
  // The language attribute is written only for a language privacy-lint knows, never as given by the data.
  const lang = localized && (LANGUAGES as readonly string[]).includes(localized.locale) ? localized.locale : null;
  return html`<span class="data">${finding.message}</span>${
    localized ? html`<div class="localized data"${lang ? html` lang="${lang}"` : ''}>${localized.text}</div>` : ''
  }`;
}

function findingsTable(caption: string, findings: readonly Finding[], rules: ReadonlyMap<string, RuleMeta>, anchors: RuleAnchors, header: string, cwd: string): Markup {
  const rows = findings.map(
    (finding) =>
      html`<tr><td>${outcomeLabel(finding)}</td><td>${ruleCell(finding, rules.get(finding.ruleId), anchors)}</td><td>${whereCell(finding, header, cwd)}</td><td>${messageCell(finding)}</td></tr>\n`,
  );
  return dataTable(`${caption} (${findings.length})`, ['Outcome', 'Rule', 'Where', 'What was found'], rows);
}

/**
 * Problems first, in one table; then the checks that passed or did not apply, so the client sees what was checked.
 * A target that could not be checked has no findings, which is not the same as having no problems.
 */
export function findingsSection(
  findings: readonly Finding[],
  checked: boolean,
  rules: ReadonlyMap<string, RuleMeta>,
  anchors: RuleAnchors,
  header: string,
  cwd: string,
): Markup {
  const problems = findings.filter(isProblem);
  const others = findings.filter((finding) => !isProblem(finding));
  const none = checked ? html`<p class="pass">✔ No problems found.</p>` : html`<p class="muted">None: the target could not be checked.</p>`;
  return html`<h3>Findings</h3>
${problems.length > 0 ? findingsTable('Problems', problems, rules, anchors, header, cwd) : none}
${others.length > 0 ? findingsTable('Checks passed or not applicable', others, rules, anchors, header, cwd) : ''}`;
}

/** One entry per rule that reported something: what it checks, in words, with its references and guidance. */
export function rulesSection(findings: readonly Finding[], rules: ReadonlyMap<string, RuleMeta>, anchors: RuleAnchors): Markup {
  if (anchors.size === 0) return html``;
  const firstOf = new Map<string, Finding>();
  for (const finding of findings) if (!firstOf.has(finding.ruleId)) firstOf.set(finding.ruleId, finding);
  const entries = [...anchors].map(([id, anchor]) => {
    const rule = rules.get(id);
    const finding = firstOf.get(id);
    const references = legalReferences(rule?.tags ?? finding?.tags ?? []);
    const helpUrl = rule?.helpUrl ?? finding?.helpUrl;
    return html`<dt id="${anchor}"><code class="data">${id}</code>${rule ? html` — ${rule.title}` : ''}</dt>
<dd>${rule ? html`<p>${rule.description}</p>` : html`<p class="muted">No description is available for this rule.</p>`}${
      references.length > 0 ? html`<p class="refs">Legal references: <span class="data">${references.join(', ')}</span></p>` : ''
    }${helpUrl ? html`<p class="refs">${link(helpUrl, 'Guidance')}</p>` : ''}</dd>
`;
  });
  return html`<section class="rules-section" aria-labelledby="rules">
<h2 id="rules">What the rules check</h2>
<dl class="rules">
${entries}</dl>
</section>`;
}
