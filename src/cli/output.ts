/** What every command shares: config resolution, rule levels, writing the report, and the exit code. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig, type LoadedConfig } from '../config/load-config.js';
import { PrivacyLintError } from '../errors.js';
import { countFindings } from '../findings.js';
import { formatReport, type FormatName } from '../report/index.js';
import { getRules } from '../rules-catalog.js';
import type { Report, RuleLevel, TargetResult } from '../types.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal: picks the default format and colour. */
  isTTY: boolean;
  /** Whether stderr is a terminal: a batch then shows a progress line there. */
  stderrIsTTY?: boolean;
  stdin?: NodeJS.ReadableStream;
}

export interface CommonOptions {
  format?: FormatName;
  outputFile?: string;
  maxWarnings: number;
  quiet?: boolean;
  /** `false` with --no-config, a path with --config, `true` otherwise. */
  config: string | boolean;
  printConfig?: boolean;
  rule?: string[];
  debug?: boolean;
}

export function resolveConfig(options: CommonOptions, io: Io): LoadedConfig {
  return typeof options.config === 'string'
    ? loadConfig({ cwd: io.cwd, explicit: options.config })
    : loadConfig({ cwd: io.cwd, lookup: options.config !== false });
}

const LEVELS = new Set(['off', 'info', 'warn', 'error']);

/** Config levels, overridden by `--rule id=level`. */
export function ruleLevels(config: Record<string, RuleLevel> | undefined, flags: string[] | undefined): Record<string, RuleLevel> {
  const levels: Record<string, RuleLevel> = { ...config };
  for (const flag of flags ?? []) {
    const [id, level] = flag.split('=');
    if (!id || !level || !LEVELS.has(level)) throw new PrivacyLintError('USAGE', `--rule expects id=level with level off, info, warn or error, got "${flag}"`);
    levels[id] = level as RuleLevel;
  }
  return levels;
}

/** --max-warnings when given (it defaults to -1), else the config's `maxWarnings`, else no limit. */
export function maxWarningsOf(options: CommonOptions, config: { maxWarnings?: number }): number {
  return options.maxWarnings >= 0 ? options.maxWarnings : (config.maxWarnings ?? -1);
}

/** --quiet keeps errors only, as ESLint does. */
function quieten(result: TargetResult): TargetResult {
  const findings = result.findings.filter((finding) => finding.severity === 'error');
  return { ...result, findings, ...countFindings(findings) };
}

export function emitReport(report: Report, options: CommonOptions, io: Io): void {
  const shown = options.quiet ? { ...report, results: report.results.map(quieten) } : report;
  const format = options.format ?? (io.isTTY && !options.outputFile ? 'stylish' : 'json');
  const warnings = report.results.reduce((sum, result) => sum + result.warningCount, 0);
  const text = formatReport(shown, format, {
    cwd: io.cwd,
    rules: getRules(),
    color: io.isTTY && !options.outputFile && !io.env.NO_COLOR,
    ...(options.maxWarnings >= 0 && warnings > options.maxWarnings ? { maxWarningsExceeded: { maxWarnings: options.maxWarnings, foundWarnings: warnings } } : {}),
  });
  if (options.outputFile) {
    const path = resolve(io.cwd, options.outputFile);
    try {
      writeFileSync(path, text.endsWith('\n') ? text : `${text}\n`);
    } catch (error) {
      throw new PrivacyLintError('OUTPUT_UNWRITABLE', `cannot write ${path}: ${(error as Error).message}`);
    }
  } else io.stdout(text.endsWith('\n') ? text : `${text}\n`);
}

export function exitCodeFor(report: Report, maxWarnings: number): number {
  if (report.results.some((result) => result.error)) return 2;
  const errors = report.results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = report.results.reduce((sum, result) => sum + result.warningCount, 0);
  return errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings) ? 1 : 0;
}
