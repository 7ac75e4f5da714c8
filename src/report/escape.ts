/**
 * Escapers for every output medium. Cookie names, page titles, URLs and policy text reach reports verbatim, so each
 * formatter passes all of them through the escaper of its medium and never trusts them to be plain text.
 */

const NEWLINES = /\r\n|[\n\r\u0085\u2028\u2029]/g;
/** Marks and overrides that reorder text on screen (Trojan Source), including the implicit LRM/RLM/ALM marks. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const C0_CONTROLS_AND_DEL = /[\u0000-\u001f\u007f]/g;
const C0_CONTROLS_EXCEPT_WHITESPACE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const C1_CONTROLS = /[\u0080-\u009f]/g;
const CONTROL_PICTURE_BASE = 0x2400;
const DELETE_PICTURE = '\u2421';

/**
 * Makes text safe to print on a terminal: one line, no escape sequence, no reordering. Control characters become
 * their visible Unicode control pictures (ESC shows as `␛`) so a reader sees that a name tried something, rather
 * than the text silently changing shape.
 */
export function sanitizeTerminalText(text: string): string {
  return text
    .replace(NEWLINES, '⏎')
    .replace(/\t/g, ' ')
    .replace(BIDI_CONTROLS, '')
    .replace(C0_CONTROLS_AND_DEL, (char) =>
      char === '\u007f' ? DELETE_PICTURE : String.fromCharCode(CONTROL_PICTURE_BASE + char.charCodeAt(0)),
    )
    .replace(C1_CONTROLS, '\ufffd');
}

/** Removes controls and bidirectional overrides but keeps tabs and line breaks, for media that escape those. */
export function stripControlCharacters(text: string): string {
  return text.replace(C0_CONTROLS_EXCEPT_WHITESPACE, '').replace(C1_CONTROLS, '').replace(BIDI_CONTROLS, '');
}

/** Characters XML 1.0 cannot carry at all, not even as character references (including lone surrogates). */
const INVALID_XML_CHARACTERS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const XML_REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Parsers normalise raw line breaks and tabs in attributes to spaces; references keep them.
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/** Escapes text for XML element content and attribute values alike; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML_CHARACTERS, '').replace(/[&<>"'\n\r\t]/g, (char) => XML_REFERENCES[char] ?? char);
}

const HTML_REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_REFERENCES[char] ?? char);
}

/**
 * Escapes text for one GitHub-flavoured Markdown table cell: it cannot end the cell, open a link, image, code span,
 * emphasis or HTML tag, and line breaks become `<br>` because a cell is one line.
 */
export function escapeMarkdown(text: string): string {
  return stripControlCharacters(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\|`[\]*_~]/g, (char) => `\\${char}`)
    .replace(/\t/g, ' ')
    .replace(NEWLINES, '<br>');
}

/** Workflow command data (the part after `::`), escaped exactly as actions/toolkit `escapeData` does. */
export function escapeGithubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow command property values, escaped exactly as actions/toolkit `escapeProperty` does. */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
