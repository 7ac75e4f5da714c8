/**
 * Which segmenter reads a source: the file extension or content type says what it should be, and the content can
 * overrule it when it clearly is HTML, or Markdown saved as `.txt`.
 */
import type { SourceFormat } from './model.js';

const EXTENSION_FORMATS: Record<string, SourceFormat> = {
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

const MEDIA_TYPE_FORMATS: Record<string, SourceFormat> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/plain': 'text',
};

/** Format named by a path's extension (`.md`, `.html`…), or undefined when the extension says nothing. */
export function formatFromPath(path: string): SourceFormat | undefined {
  const name = path.split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? EXTENSION_FORMATS[name.slice(dot + 1).toLowerCase()] : undefined;
}

export function formatFromMediaType(contentType: string | null | undefined): SourceFormat | undefined {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  return mediaType ? MEDIA_TYPE_FORMATS[mediaType] : undefined;
}

export function looksLikeHtml(text: string): boolean {
  const head = text
    .slice(0, 4096)
    .replace(/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*/, '')
    .slice(0, 16)
    .toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

const ATX_HEADING = /^#{1,6}[ \t]+\S/gm;
/**
 * A table's delimiter row opened by a pipe (`| --- | --- |`), as Markdown is written: a row of dashes and pipes without
 * it (`-------|-------`) is as often a table drawn at fixed width in plain text, whose numbered lines are headings.
 */
const TABLE_DELIMITER = /^[ \t]{0,3}\|[ \t]*:?-{3,}:?[ \t]*\|/gm;

/** Several `#` headings or a pipe table under a header row: Markdown, whatever the file is called. */
export function looksLikeMarkdown(text: string): boolean {
  ATX_HEADING.lastIndex = 0;
  if (ATX_HEADING.exec(text) && ATX_HEADING.exec(text)) return true;
  TABLE_DELIMITER.lastIndex = 0;
  for (let match = TABLE_DELIMITER.exec(text); match; match = TABLE_DELIMITER.exec(text)) {
    const lineStart = match.index;
    const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    if (lineStart > 0 && text.slice(previousStart, lineStart).includes('|')) return true;
  }
  return false;
}

/** `forced` wins; otherwise HTML content wins over any declared format, and text may turn out to be Markdown. */
export function detectFormat(text: string, declared: SourceFormat | undefined, forced?: SourceFormat): SourceFormat {
  if (forced) return forced;
  if (looksLikeHtml(text)) return 'html';
  if (declared === 'html' || declared === 'markdown') return declared;
  return looksLikeMarkdown(text) ? 'markdown' : 'text';
}
