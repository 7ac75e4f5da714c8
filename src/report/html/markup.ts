/**
 * Markup that is escaped by construction: the `html` tag trusts only the literal parts of its template, so every
 * interpolated string (cookie names, titles, URLs, messages) becomes text, never elements or attributes. Only values
 * already wrapped as `Markup` by this module pass through unescaped.
 */
import { escapeHtml, stripControlCharacters } from '../escape.js';
import { httpUrl } from '../view.js';

const TRUSTED = Symbol('trusted markup');

export class Markup {
  readonly #html: string;

  /** Only this module holds the token: elsewhere markup can come from the `html` tag alone. */
  constructor(token: typeof TRUSTED, html: string) {
    if (token !== TRUSTED) throw new TypeError('Markup is made by the html template tag only.');
    this.#html = html;
  }

  toString(): string {
    return this.#html;
  }
}

/** Anything a template may interpolate: absent values (`null`, `undefined`, `false`) render as nothing. */
export type Content = Markup | string | number | null | undefined | false | readonly Content[];

/** Text is escaped and loses the controls and bidirectional overrides that would reorder it on screen. */
function render(value: Content): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Markup) return value.toString();
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(stripControlCharacters(String(value)));
}

export function html(strings: TemplateStringsArray, ...values: Content[]): Markup {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new Markup(TRUSTED, out);
}

/**
 * A link to an http(s) URL, or the same words as plain text for any other scheme (`javascript:`, `data:`, relative).
 * The destination is the parsed URL, so what the browser follows is exactly what was checked.
 */
export function link(url: string, label: Content = url): Markup {
  const parsed = httpUrl(url);
  if (!parsed) return html`${label}`;
  return html`<a href="${parsed.href}" rel="noopener noreferrer">${label}</a>`;
}

const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/=]+$/;

/** A screenshot is shown only as an inline PNG data URL, so the report never loads anything when it is opened. */
export function isPngDataUrl(value: string | undefined): value is string {
  return value !== undefined && PNG_DATA_URL.test(value);
}

/** A table with a caption and column headers, as every table of the report has; `numeric` columns align right. */
export function dataTable(caption: Content, headers: readonly string[], rows: readonly Markup[], numeric: readonly string[] = []): Markup {
  const head = headers.map((header) => (numeric.includes(header) ? html`<th scope="col" class="num">${header}</th>` : html`<th scope="col">${header}</th>`));
  return html`<table>
<caption>${caption}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}</tbody>
</table>`;
}
