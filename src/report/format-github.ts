/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which the runner turns into annotations on
 * the pull request. Every value is escaped as actions/toolkit does, so no text can end a command or start another.
 */
import type { Report, Severity } from '../types.js';
import type { FormatContext } from './context.js';
import { escapeGithubData, escapeGithubProperty, stripControlCharacters } from './escape.js';
import { describeMaxWarnings, describeTargetError, displayMessage, isProblem } from './findings.js';
import { resolveLocation, resolveTarget, type ResolvedLocation } from './location.js';
import { sortReport } from './order.js';

const COMMAND_OF_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

type Properties = [name: string, value: string | number | undefined][];

function workflowCommand(command: string, properties: Properties, message: string): string {
  const rendered = properties
    .filter((property): property is [string, string | number] => property[1] !== undefined)
    .map(([name, value]) => `${name}=${escapeGithubProperty(stripControlCharacters(String(value)))}`)
    .join(',');
  return `::${command}${rendered ? ` ${rendered}` : ''}::${escapeGithubData(stripControlCharacters(message))}`;
}

/** A file gets a file annotation; a page has no file in the repository, so its URL goes into the title. */
function locationProperties(location: ResolvedLocation, title: string): Properties {
  if (location.isUrl) return [['title', `${title} ${location.path}`]];
  return [
    ['file', location.path],
    ['line', location.line],
    ['col', location.column],
    ['endLine', location.endLine],
    ['endColumn', location.endColumn],
    ['title', title],
  ];
}

export function formatGithub(report: Report, context: FormatContext): string {
  const lines: string[] = [];
  for (const result of sortReport(report).results) {
    if (result.error) {
      const properties = locationProperties(resolveTarget(result.target, context.cwd), result.error.code);
      lines.push(workflowCommand('error', properties, describeTargetError(result.error)));
    }
    for (const finding of result.findings.filter(isProblem)) {
      const location = resolveLocation(finding.location, context.cwd);
      const command = COMMAND_OF_SEVERITY[finding.severity];
      lines.push(workflowCommand(command, locationProperties(location, finding.ruleId), displayMessage(finding)));
    }
  }
  if (context.maxWarningsExceeded) {
    const message = describeMaxWarnings(context.maxWarningsExceeded);
    lines.push(workflowCommand('error', [['title', report.tool.name]], message));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
