/**
 * The report's only stylesheet, inline: system fonts, no `url()`, no `@import`, so opening the file fetches nothing.
 * Every colour repeats what a word or symbol already says, and print gives each target its own pages.
 */
import { html } from './markup.js';

export const STYLE = html`
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa;
  --error: #b42318; --warning: #8a5a00; --info: #0b5cad; --pass: #1a7f37; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1.5rem; }
header { padding-top: 2rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); overflow-wrap: anywhere; }
h3 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
p { margin: .5rem 0; }
a { color: var(--info); }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
.muted { color: var(--muted); }
.data { overflow-wrap: anywhere; unicode-bidi: isolate; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
td ul { margin: 0; padding-left: 1.1rem; }
thead th { background: var(--soft); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
ul.totals { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: 0; margin: .75rem 0; font-size: 1.05rem; }
.label { font-weight: 600; white-space: nowrap; }
.error, .fail, .absent { color: var(--error); }
.warning, .warnings, .partial, .incomplete { color: var(--warning); }
.info { color: var(--info); }
.pass, .present { color: var(--pass); }
.note { border-left: 4px solid var(--warning); background: #fff8e5; padding: .5rem .75rem; }
.alert { border-left: 4px solid var(--error); background: #fdecea; padding: .5rem .75rem; }
.refs { font-size: .85em; color: var(--muted); }
.localized { margin-top: .35rem; color: var(--muted); }
figure { margin: .5rem 0 1rem; }
figure img { max-width: min(100%, 48rem); height: auto; border: 1px solid var(--line); }
figcaption { font-size: .85em; color: var(--muted); }
dl.rules dt { font-weight: 600; margin-top: .75rem; }
dl.rules dd { margin: .2rem 0 0 1.5rem; }
footer { margin-top: 3rem; padding-bottom: 2rem; font-size: .85em; color: var(--muted); }
@media print {
  body { font-size: 10.5pt; }
  header, main, footer { max-width: none; padding: 0; }
  .target, .rules-section { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, figure, dl.rules dt, dl.rules dd { break-inside: avoid; }
  thead { display: table-header-group; }
  thead th, .note, .alert { background: none; }
  a { color: inherit; }
}
`;
