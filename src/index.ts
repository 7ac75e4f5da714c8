/** The public API of privacy-lint. Everything returned is plain, JSON-serialisable data. */

// Policy linting: load → segment → detect → validate → findings.
export { lintPolicy, lintPolicies, lintSource, lintText, type LintOptions } from './policy/lint.js';
export { detectElements } from './policy/detect.js';
export { loadProfile, builtInProfileNames, type Profile } from './policy/profile.js';
export { validateFacts, type ProfileInstance } from './policy/validate.js';
export { inferJurisdiction } from './policy/jurisdiction.js';
export { loadInput, segmentDocument, positionAt, type LoadOptions } from './document/index.js';

// Consent audit: gather (browser) → artifacts → audits → result.
export { auditUrl, auditUrls, auditArtifacts, buildClassifier, readArtifacts, saveArtifacts, type ConsentAuditOptions } from './consent/audit.js';
export { auditPage, type AuditPageOptions } from './consent/audit-page.js';
export { gatherConsentArtifacts, capturePage, installConsentHooks, type GatherOptions } from './consent/gather.js';
export { runConsentAudits, CONSENT_AUDITS } from './consent/audits/index.js';
export { findChromium, launchBrowser, type BrowserHandle } from './consent/browser.js';
export { classifyCookie, classifyRequest, classifyStorageKey, createClassifier, type Classifier, type CookieClassification } from './consent/classify.js';

// Site audit: crawl → find and lint the policy → consent audit → cross-check.
export { auditSite, type SiteAuditOptions } from './site/audit-site.js';
export { crawl } from './site/crawl.js';
export { findPolicyLinks } from './site/policy-links.js';
export { extractDeclaredCookies } from './site/declared-cookies.js';
export { runCrossChecks, CROSS_CHECKS } from './site/cross-checks/index.js';

// Output, configuration, metadata.
export { formatReport, FORMATS, type FormatName, type FormatContext } from './report/index.js';
export { loadConfig, findConfigFile, type Config } from './config/load-config.js';
export { getRules } from './rules-catalog.js';
export { PrivacyLintError, type ErrorCode } from './errors.js';
export { main as runCli, type Io } from './cli/main.js';
export { VERSION } from './version.js';
export type * from './types.js';
export type * from './document/model.js';
export type * from './consent/artifacts.js';
