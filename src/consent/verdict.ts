/** One word for a consent audit: what a CI gate or a dashboard shows first. */
import type { ConsentVerdict, Finding } from '../types.js';
import type { ConsentArtifacts } from './artifacts.js';

/**
 * `fail` when any violation is at error level; otherwise `incomplete` when something needs a person — an incomplete
 * finding, a phase recorded only partly, or a banner that should have been seen (a TCF consent manager ran, or looking
 * for the banner failed) but was not; otherwise `pass`.
 */
export function consentVerdict(findings: readonly Finding[], artifacts: ConsentArtifacts): ConsentVerdict {
  if (findings.some((finding) => finding.outcome === 'violation' && finding.severity === 'error')) return 'fail';
  if (findings.some((finding) => finding.outcome === 'incomplete')) return 'incomplete';
  const phases = Object.values(artifacts.phases);
  if (artifacts.partial || phases.some((phase) => phase.partial || phase.pages.some((page) => page.partial))) return 'incomplete';
  const before = artifacts.phases['before-consent'];
  if (before && !before.banner.found) {
    const pages = before.pages;
    const expected = pages.some((page) => page.tcf) || [...before.errors, ...pages.flatMap((page) => page.errors)].some((error) => error.step === 'banner');
    if (expected) return 'incomplete';
  }
  return 'pass';
}
