/** The format stage: one pure formatter per output format, chosen by name. */
import { PrivacyLintError } from '../errors.js';
import type { Report } from '../types.js';
import type { FormatContext, Formatter } from './context.js';
import { formatGithub } from './format-github.js';
import { formatGitlab } from './format-gitlab.js';
import { formatHtml } from './format-html.js';
import { formatJson } from './format-json.js';
import { formatJunit } from './format-junit.js';
import { formatMarkdown } from './format-markdown.js';
import { formatSarif } from './format-sarif.js';
import { formatStylish } from './format-stylish.js';

export type { FormatContext, Formatter } from './context.js';
export {
  escapeGithubData,
  escapeGithubProperty,
  escapeHtml,
  escapeMarkdown,
  escapeXml,
  sanitizeTerminalText,
  stripControlCharacters,
} from './escape.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab', 'markdown', 'html'] as const;

export type FormatName = (typeof FORMATS)[number];

const FORMATTERS: Record<FormatName, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  gitlab: formatGitlab,
  markdown: formatMarkdown,
  html: formatHtml,
};

export function isFormatName(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}

/** Renders the report in the named format; an unknown name (from untyped callers) is a usage error. */
export function formatReport(report: Report, format: FormatName, context: FormatContext): string {
  if (!isFormatName(format)) {
    throw new PrivacyLintError('USAGE', `Unknown output format "${String(format)}".`, {
      hint: `Use one of: ${FORMATS.join(', ')}.`,
    });
  }
  return FORMATTERS[format](report, context);
}
