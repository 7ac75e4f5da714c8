/**
 * Fetching a policy page: one time budget for the whole exchange (redirects and body included), a bounded number of
 * redirects, a size cap enforced while reading, and failures sorted into timeout, TLS, HTTP status and the rest.
 */
import { PrivacyLintError } from '../errors.js';
import { tooLargeError } from './read-limited.js';

export interface FetchedBytes {
  /** The URL after redirects. */
  url: string;
  bytes: Uint8Array;
  contentType: string | null;
  contentLanguage: string | null;
}

const MAX_REDIRECTS = 5;
const ACCEPT = 'text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8,*/*;q=0.1';

/** Error codes Node and OpenSSL give to certificate and handshake failures. */
const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'HOSTNAME_MISMATCH',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'EPROTO',
]);

const NETWORK_CAUSES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found (DNS lookup failed)',
  EAI_AGAIN: 'DNS lookup failed (temporary failure)',
  ECONNRESET: 'connection reset by the server',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_SOCKET: 'connection closed by the server',
};

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function errorCode(error: unknown): { code: string | undefined; message: string } {
  const cause = (error as { cause?: unknown } | undefined)?.cause ?? error;
  const withCode = cause as { code?: unknown; message?: unknown; errors?: { code?: unknown }[] } | undefined;
  const code = withCode?.code ?? withCode?.errors?.[0]?.code;
  return {
    code: typeof code === 'string' ? code : undefined,
    message: oneLine(typeof withCode?.message === 'string' ? withCode.message : String(cause)),
  };
}

function timeoutError(label: string, timeoutMs: number): PrivacyLintError {
  return new PrivacyLintError('FETCH_TIMEOUT', `${label}: no complete response within ${timeoutMs} ms`, {
    hint: 'Check that the site answers in a browser, or allow more time with a longer timeout.',
  });
}

function failure(label: string, error: unknown, signal: AbortSignal, timeoutMs: number): PrivacyLintError {
  if (signal.aborted) return timeoutError(label, timeoutMs);
  const { code, message } = errorCode(error);
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return timeoutError(label, timeoutMs);
  }
  if (code && (TLS_CODES.has(code) || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_') || code.includes('CERT'))) {
    return new PrivacyLintError('TLS_ERROR', `${label}: TLS certificate problem (${code}: ${message})`, {
      hint: 'The server certificate is not trusted (self-signed, expired or issued for another host); fix it, or save the page and lint the file.',
      cause: error,
    });
  }
  const reason = (code && NETWORK_CAUSES[code]) ?? (code ? `${code}: ${message}` : message);
  return new PrivacyLintError('FETCH_FAILED', `${label}: ${reason}`, {
    hint: 'Check the URL and your network connection.',
    cause: error,
  });
}

function statusHint(status: number): string {
  if (status === 401 || status === 403) return 'The page needs a login or blocks automated clients: save it from a browser and lint the file.';
  if (status === 404 || status === 410) return 'Check the URL: the page does not exist (any more).';
  if (status === 429) return 'The site is rate-limiting requests: try again later.';
  if (status >= 500) return 'The server failed: try again later.';
  return 'Check the URL.';
}

async function readBody(response: Response, maxBytes: number, label: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLargeError(label, maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

export async function fetchUrl(url: string, options: { maxBytes: number; timeoutMs: number }): Promise<FetchedBytes> {
  const { maxBytes, timeoutMs } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  const seen = new Set<string>();
  let current = new URL(url);
  for (let redirects = 0; ; redirects++) {
    seen.add(current.href);
    const label = current.href === url ? url : `${current.href} (redirected from ${url})`;
    let response: Response;
    try {
      response = await fetch(current, { redirect: 'manual', signal, headers: { accept: ACCEPT, 'user-agent': 'privacy-lint' } });
    } catch (error) {
      throw failure(label, error, signal, timeoutMs);
    }
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      await response.body?.cancel().catch(() => undefined);
      current = nextLocation(response, current, label, seen, redirects);
      continue;
    }
    if (response.status >= 400) {
      await response.body?.cancel().catch(() => undefined);
      throw new PrivacyLintError('HTTP_STATUS', oneLine(`${label}: HTTP ${response.status} ${response.statusText}`), {
        hint: statusHint(response.status),
      });
    }
    const declaredLength = Number(response.headers.get('content-length'));
    if (declaredLength > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLargeError(label, maxBytes);
    }
    try {
      return {
        url: current.href,
        bytes: await readBody(response, maxBytes, label),
        contentType: response.headers.get('content-type'),
        contentLanguage: response.headers.get('content-language'),
      };
    } catch (error) {
      if (error instanceof PrivacyLintError) throw error;
      throw failure(label, error, signal, timeoutMs);
    }
  }
}

function nextLocation(response: Response, current: URL, label: string, seen: Set<string>, redirects: number): URL {
  const location = response.headers.get('location');
  const fail = (what: string): PrivacyLintError =>
    new PrivacyLintError('FETCH_FAILED', oneLine(`${label}: ${what}`), { hint: 'Open the URL in a browser to see where it leads, and pass the final address.' });
  if (!location) throw fail(`HTTP ${response.status} redirect without a Location header`);
  let next: URL;
  try {
    next = new URL(location, current);
  } catch {
    throw fail(`redirect to an invalid URL (${location})`);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') throw fail(`redirect to a non-HTTP URL (${next.protocol})`);
  if (seen.has(next.href)) throw fail(`redirect loop (back to ${next.href})`);
  if (redirects >= MAX_REDIRECTS) throw fail(`more than ${MAX_REDIRECTS} redirects`);
  return next;
}
