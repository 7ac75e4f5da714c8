/** `privacy-lint report`: renders the results of earlier runs (reports, JSON-lines shards) in any output format. */
import { readResults } from '../report/read-results.js';
import type { Report } from '../types.js';
import { VERSION } from '../version.js';
import { emitReport, exitCodeFor, type CommonOptions, type Io } from './output.js';

export type ReportCliOptions = Pick<CommonOptions, 'format' | 'outputFile' | 'maxWarnings' | 'debug'>;

export function runReportCommand(files: string[], options: ReportCliOptions, io: Io): number {
  const { results, warnings } = readResults(files, { cwd: io.cwd });
  for (const warning of warnings) io.stderr(`privacy-lint: warning: ${warning}\n`);
  const report: Report = { tool: { name: 'privacy-lint', version: VERSION }, results };
  // The findings are rendered as they were recorded: no config is read and no rule level applied again.
  emitReport(report, { ...options, config: false }, io);
  return exitCodeFor(report, options.maxWarnings);
}
