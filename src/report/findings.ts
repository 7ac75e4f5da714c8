/** What every human-readable format says about a finding, worded once. */
import type { Finding, TargetError } from '../types.js';

/** Violations and findings a human has to review; passes and inapplicable checks are not problems. */
export function isProblem(finding: Finding): boolean {
  return finding.outcome === 'violation' || finding.outcome === 'incomplete';
}

/** The message as shown to people: an `incomplete` outcome is not a verdict, so it says that it needs a look. */
export function displayMessage(finding: Finding): string {
  return finding.outcome === 'incomplete' ? `Needs review: ${finding.message}` : finding.message;
}

export function pluralise(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A fatal target error as one sentence, hint included, for formats that have a single text field for it. */
export function describeTargetError(error: TargetError): string {
  return error.hint ? `${error.message} Hint: ${error.hint}` : error.message;
}

export function describeMaxWarnings(exceeded: { maxWarnings: number; foundWarnings: number }): string {
  return `Too many warnings: ${exceeded.foundWarnings} found, at most ${exceeded.maxWarnings} allowed.`;
}
