/** What only a site audit has: the policy and pages it found, and the cookies the policy says the site sets. */
import type { DeclaredCookie, TargetResult } from '../../types.js';
import { compareStrings } from '../order.js';
import { dataTable, html, link, type Markup } from './markup.js';

export function siteFacts(result: TargetResult): Markup {
  if (result.kind !== 'site') return html``;
  const policy = result.policyUrl ? html`<span class="data">${link(result.policyUrl)}</span>` : html`<span class="fail">✖ not found</span>`;
  return html`<dt>Privacy policy</dt><dd>${policy}</dd>
${result.cookiePolicyUrl ? html`<dt>Cookie policy</dt><dd class="data">${link(result.cookiePolicyUrl)}</dd>\n` : ''}<dt>Pages visited</dt><dd>${new Set(result.pages).size}</dd>
${result.partial ? html`<dt>Completeness</dt><dd class="incomplete">? Stopped early: what is shown may miss something</dd>\n` : ''}`;
}

/** In the order the crawl visited them, each once. */
export function pagesSection(result: TargetResult): Markup {
  if (result.kind !== 'site' || result.pages.length === 0) return html``;
  return html`<h3>Pages visited</h3>
<ul>${[...new Set(result.pages)].map((page) => html`<li class="data">${link(page)}</li>`)}</ul>
`;
}

function lifetime(cookie: DeclaredCookie): string {
  if (cookie.lifetimeText) return cookie.lifetimeText;
  if (cookie.lifetimeDays === undefined) return '';
  return cookie.lifetimeDays === 0 ? 'session' : `${cookie.lifetimeDays} days`;
}

/** The policy's own list of cookies, to set beside the cookies the browser saw in each phase. */
export function declaredCookiesSection(result: TargetResult): Markup {
  if (result.kind !== 'site' || !result.declaredCookies?.length) return html``;
  const cookies = [...result.declaredCookies].sort((a, b) => compareStrings(a.name, b.name) || a.source.line - b.source.line);
  const rows = cookies.map(
    (cookie) =>
      html`<tr><td><code class="data">${cookie.name}${cookie.match === 'prefix' ? '*' : ''}</code></td><td class="data">${cookie.category ?? ''}</td><td class="data">${lifetime(
        cookie,
      )}</td><td class="data">${cookie.provider ?? ''}</td><td class="data">${cookie.purpose ?? ''}</td><td>line ${cookie.source.line}</td></tr>\n`,
  );
  return html`<h3>Cookies the policy declares</h3>
${dataTable(`Declared cookies (${cookies.length})`, ['Name', 'Category', 'Lifetime', 'Provider', 'Purpose', 'Declared at'], rows)}`;
}
