import type { Report, RuleMeta } from '../types.js';

/** What a formatter may know beyond the report itself (ESLint's formatter context). */
export interface FormatContext {
  /** Paths in the output are relative to this directory. */
  cwd: string;
  /** Metadata of the rules that ran; formats that describe rules (SARIF) take it from here. */
  rules: RuleMeta[];
  /** ANSI colours, for terminal formats only. */
  color?: boolean;
  /** Set when `--max-warnings` was exceeded, so human-readable formats can say why the run failed. */
  maxWarningsExceeded?: { maxWarnings: number; foundWarnings: number };
}

/** A pure function from a report to the text of one output format. */
export type Formatter = (report: Report, context: FormatContext) => string;
