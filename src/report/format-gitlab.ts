/**
 * GitLab Code Quality: a JSON array of issues that GitLab shows in merge requests. Each issue needs a fingerprint
 * unique within the report and stable across runs, or GitLab merges or churns them.
 */
import type { Report, Severity } from '../types.js';
import type { FormatContext } from './context.js';
import { stripControlCharacters } from './escape.js';
import { fingerprint, normaliseMessage } from './fingerprint.js';
import { describeTargetError, displayMessage, isProblem } from './findings.js';
import { displayTarget, resolveLocation } from './location.js';
import { sortReport } from './order.js';

type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number } };
}

const SEVERITY: Record<Severity, CodeQualitySeverity> = { error: 'major', warning: 'minor', info: 'info' };

/** Identical findings at one place still need distinct fingerprints: later ones get their occurrence number. */
function uniqueFingerprints(): (parts: (string | number)[]) => string {
  const seen = new Map<string, number>();
  return (parts) => {
    const base = fingerprint(parts);
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return occurrence === 0 ? base : fingerprint([base, occurrence]);
  };
}

export function formatGitlab(report: Report, context: FormatContext): string {
  const nextFingerprint = uniqueFingerprints();
  const issues: CodeQualityIssue[] = [];
  for (const result of sortReport(report).results) {
    if (result.error) {
      const path = displayTarget(result.target, context.cwd);
      issues.push({
        description: stripControlCharacters(describeTargetError(result.error)),
        check_name: result.error.code,
        fingerprint: nextFingerprint([result.error.code, path, normaliseMessage(result.error.message)]),
        // The target could not be checked at all, which is worse than any single finding.
        severity: 'critical',
        location: { path, lines: { begin: 1 } },
      });
    }
    for (const finding of result.findings.filter(isProblem)) {
      const location = resolveLocation(finding.location, context.cwd);
      issues.push({
        description: stripControlCharacters(displayMessage(finding)),
        check_name: finding.ruleId,
        fingerprint: nextFingerprint([
          finding.ruleId,
          location.path,
          location.line ?? 0,
          normaliseMessage(finding.message),
        ]),
        severity: SEVERITY[finding.severity],
        location: { path: location.path, lines: { begin: location.line ?? 1 } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
}
