/**
 * Expected failures carry a stable code and a hint; the CLI prints them as one line and exits 2. Anything else is a bug
 * and gets a stack trace only with --debug.
 */
export type ErrorCode =
  | 'USAGE'
  | 'CONFIG_INVALID'
  | 'PROFILE_INVALID'
  | 'RULES_INVALID'
  | 'INPUT_NOT_FOUND'
  | 'INPUT_IS_DIRECTORY'
  | 'INPUT_EMPTY'
  | 'INPUT_BINARY'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_UNREADABLE'
  | 'FETCH_FAILED'
  | 'FETCH_TIMEOUT'
  | 'TLS_ERROR'
  | 'HTTP_STATUS'
  | 'BROWSER_UNAVAILABLE'
  | 'BROWSER_CRASHED'
  | 'NAVIGATION_FAILED'
  | 'ARTIFACTS_INVALID'
  | 'OUTPUT_UNWRITABLE';

export class PrivacyLintError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PrivacyLintError';
    this.code = code;
    this.hint = options.hint;
  }
}

export function isPrivacyLintError(error: unknown): error is PrivacyLintError {
  return error instanceof PrivacyLintError;
}

/** The one-line form used in results and on the terminal. */
export function describeError(error: unknown): { code: string; message: string; hint?: string } {
  if (isPrivacyLintError(error)) {
    return error.hint ? { code: error.code, message: error.message, hint: error.hint } : { code: error.code, message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message };
}
