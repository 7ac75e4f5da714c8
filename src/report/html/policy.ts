/** The privacy policy's information elements: a checklist with the lines that show each one. */
import type { PolicyResult, RuleMeta } from '../../types.js';
import { checklistOf, EVIDENCE_SHOWN } from '../view.js';
import { dataTable, html, type Markup } from './markup.js';

const STATUS_LABEL = new Map<string, Markup>([
  ['present', html`<span class="label present">✔ Present</span>`],
  ['partial', html`<span class="label partial">◐ Partial</span>`],
  ['absent', html`<span class="label absent">✖ Absent</span>`],
]);

const EXCERPT_LENGTH = 300;

function excerpt(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > EXCERPT_LENGTH ? `${chars.slice(0, EXCERPT_LENGTH - 1).join('')}…` : chars.join('');
}

export function policyFacts(policy: PolicyResult): Markup {
  return html`<dt>Policy language</dt><dd>${policy.language ?? 'not detected'}</dd>
<dt>Requirement profile</dt><dd class="data">${policy.profile}</dd>
${policy.jurisdiction ? html`<dt>Jurisdiction</dt><dd class="data">${policy.jurisdiction}</dd>\n` : ''}`;
}

export function elementChecklist(policy: PolicyResult, rules: ReadonlyMap<string, RuleMeta>): Markup {
  const checklist = checklistOf(policy);
  if (checklist.length === 0) return html``;
  const rows = checklist.map(({ id, element, evidence }) => {
    const shown = evidence.slice(0, EVIDENCE_SHOWN);
    const more = evidence.length - shown.length;
    const cell =
      shown.length === 0
        ? html`<span class="muted">none</span>`
        : html`<ul>${shown.map((item) => html`<li><span class="mono">line ${item.line}</span>: <span class="data">“${excerpt(item.text)}”</span></li>`)}${
            more > 0 ? html`<li class="muted">and ${more} more</li>` : ''
          }</ul>`;
    const title = rules.get(id)?.title;
    return html`<tr><td><code class="data">${id}</code>${title ? html`<br>${title}` : ''}</td><td>${
      STATUS_LABEL.get(element.status) ?? html`${element.status}`
    }</td><td>${cell}</td></tr>\n`;
  });
  const caption = html`What the policy says, element by element (profile <span class="data">${policy.profile}</span>)`;
  return html`<h3>Information elements of the privacy policy</h3>
${dataTable(caption, ['Element', 'Status', 'Evidence'], rows)}`;
}
