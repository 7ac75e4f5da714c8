/** The consent audit of a site: its banner, the first view, and per phase the cookies, storage and requests seen. */
import type { ConsentPhaseSummary, ConsentResult } from '../../types.js';
import { PHASE_NAMES, PHASE_TITLES, sortedPhase } from '../view.js';
import { dataTable, html, isPngDataUrl, type Markup } from './markup.js';

function bannerText(banner: ConsentResult['banner']): Markup {
  if (!banner.found) return html`<span class="label fail">✖ No consent banner was found</span>`;
  const how = [banner.cmp, banner.method ? `found by ${banner.method}` : null].filter(Boolean).join(', ');
  return html`<span class="label pass">✔ Found</span>${how ? html` <span class="data">(${how})</span>` : ''}`;
}

export function consentFacts(consent: ConsentResult): Markup {
  return html`<dt>Consent banner</dt><dd>${bannerText(consent.banner)}</dd>
${consent.partial ? html`<dt>Completeness</dt><dd class="incomplete">? Partial: the browser could not record everything</dd>\n` : ''}`;
}

/** Only an inline PNG is shown; anything else (a file path, another scheme) would make the report fetch it. */
export function screenshotFigure(consent: ConsentResult): Markup {
  const screenshot = consent.banner.screenshot;
  if (!isPngDataUrl(screenshot)) return html``;
  return html`<h3>First view, before any choice</h3>
<figure><img src="${screenshot}" alt="Screenshot of the first view of the site before any choice"><figcaption>The page as a first-time visitor saw it, before any choice.</figcaption></figure>`;
}

const VISIT_LABELS: Record<NonNullable<ConsentPhaseSummary['pages']>[number]['visit'], string> = {
  initial: 'start page',
  reload: 'reloaded after the choice',
  'second-page': 'another page',
};

function essentialLabel(essential: boolean): Markup {
  return essential ? html`<span class="pass">✔ yes</span>` : html`<span class="fail">✖ no</span>`;
}

function table(caption: string, headers: readonly string[], rows: readonly Markup[], empty: string): Markup {
  return rows.length === 0 ? html`<p class="muted">${empty}</p>` : dataTable(`${caption} (${rows.length})`, headers, rows);
}

function phaseTables(phase: ConsentPhaseSummary): Markup {
  const sorted = sortedPhase(phase);
  const cookies = sorted.cookies.map(
    (cookie) =>
      html`<tr><td><code class="data">${cookie.name}</code></td><td class="data">${cookie.domain}</td><td class="data">${cookie.category}</td><td>${essentialLabel(
        cookie.essential,
      )}</td><td class="data">${cookie.setBy ?? ''}</td></tr>\n`,
  );
  const storage = sorted.storage.map(
    (entry) =>
      html`<tr><td class="data">${entry.area}</td><td class="data">${entry.origin}</td><td><code class="data">${entry.key}</code></td><td class="data">${entry.category}</td></tr>\n`,
  );
  const requests = sorted.thirdPartyRequests.map(
    (request) =>
      html`<tr><td class="data">${request.url}</td><td class="data">${request.site}</td><td class="data">${request.category}</td><td class="data">${request.vendor ?? ''}</td></tr>\n`,
  );
  const visited = (phase.pages ?? []).map((page) => html`<li><span class="data">${page.url}</span> <span class="muted">(${VISIT_LABELS[page.visit]})</span></li>`);
  return html`${phase.partial ? html`<p class="note">? This phase was recorded only in part: the lists below may miss something.</p>\n` : ''}${
    visited.length > 0 ? html`<p>Pages in this phase:</p><ul>${visited}</ul>\n` : ''
  }${table(
    'Cookies',
    ['Name', 'Domain', 'Category', 'Essential', 'Set by'],
    cookies,
    'No cookies.',
  )}
${storage.length > 0 ? table('Browser storage', ['Area', 'Origin', 'Key', 'Category'], storage, '') : ''}
${table('Third-party requests', ['URL', 'Site', 'Category', 'Vendor'], requests, 'No third-party requests.')}`;
}

/** Phases in the order a visitor meets them; a phase that was not recorded is said to be missing. */
export function phaseSections(consent: ConsentResult): Markup {
  if (!PHASE_NAMES.some((name) => consent.phases[name])) return html``;
  return html`<h3>Cookies and requests, phase by phase</h3>
${PHASE_NAMES.map((name) => {
  const phase = consent.phases[name];
  return html`<h4>${PHASE_TITLES[name]}</h4>
${phase ? phaseTables(phase) : html`<p class="muted">Not recorded.</p>`}
`;
})}`;
}
