/** The public API of privacy-lint. Everything returned is plain, JSON-serialisable data. */
export { lintPolicy, lintPolicies, lintSource, lintText, type LintOptions } from './policy/lint.js';
export { loadProfile, builtInProfileNames, type Profile } from './policy/profile.js';
export { validateFacts, type ProfileInstance } from './policy/validate.js';
export { detectElements } from './policy/detect.js';
export { loadInput, segmentDocument } from './document/index.js';
export { formatReport, FORMATS, type FormatName, type FormatContext } from './report/index.js';
export { loadConfig, findConfigFile, type Config } from './config/load-config.js';
export { getRules } from './rules-catalog.js';
export { PrivacyLintError, type ErrorCode } from './errors.js';
export { main as runCli } from './cli/main.js';
export { VERSION } from './version.js';
export type * from './types.js';
export type * from './document/model.js';
export type * from './consent/artifacts.js';
