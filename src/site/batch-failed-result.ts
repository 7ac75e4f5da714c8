import type { SiteResult, TargetError } from '../types.js';

/** The result line of a URL that produced nothing usable: no findings, verdict `incomplete`, and why. */
export function failedSiteResult(url: string, error: TargetError): SiteResult {
  return {
    target: url,
    kind: 'site',
    verdict: 'incomplete',
    policyUrl: null,
    policy: null,
    consent: null,
    pages: [],
    findings: [],
    errorCount: 0,
    warningCount: 0,
    infoCount: 0,
    error,
  };
}
