/**
 * The crawler's only I/O: one GET with Node's fetch, bounded in time and size. Unlike the policy loader it reports the
 * HTTP status instead of failing on it, because robots.txt rules depend on it (RFC 9309: 4xx allows everything, 5xx
 * forbids everything).
 */
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { decodeBytes, declaredHtmlCharset } from '../document/decode.js';
import { readLimited } from '../document/read-limited.js';
import { PrivacyLintError } from '../errors.js';

export interface FetchedPage {
  /** The URL after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  /** Decoded body; empty for error statuses and bodies that are not text. */
  text: string;
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  signal?: AbortSignal;
}

export type PageFetcher = (url: string, limits: FetchLimits) => Promise<FetchedPage>;

const ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1';

/** Fetches `url`, following redirects; throws FETCH_TIMEOUT, FETCH_FAILED or INPUT_TOO_LARGE when no usable answer comes. */
export const fetchPage: PageFetcher = async (url, limits) => {
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = limits.signal ? AbortSignal.any([timeout, limits.signal]) : timeout;
  try {
    const response = await fetch(url, { redirect: 'follow', signal, headers: { accept: ACCEPT, 'user-agent': 'privacy-lint' } });
    const contentType = response.headers.get('content-type');
    if (response.status >= 400 || !/^(text\/|application\/(xhtml\+)?xml)/i.test(contentType ?? 'text/html')) {
      await response.body?.cancel().catch(() => undefined);
      return { url: response.url || url, status: response.status, contentType, text: '' };
    }
    const bytes = await readBody(response, limits.maxBytes, url);
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1] ?? declaredHtmlCharset(bytes);
    const text = bytes.length === 0 ? '' : decodeBytes(bytes, { target: url, ...(charset ? { charset } : {}) }).text;
    return { url: response.url || url, status: response.status, contentType, text };
  } catch (error) {
    if (error instanceof PrivacyLintError) throw error;
    if (timeout.aborted) throw new PrivacyLintError('FETCH_TIMEOUT', `${url}: no complete response within ${limits.timeoutMs} ms`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new PrivacyLintError('FETCH_FAILED', `${url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`, { cause: error });
  }
};

async function readBody(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const stream = Readable.fromWeb(response.body as unknown as NodeReadableStream);
  try {
    return await readLimited(stream, maxBytes, url);
  } finally {
    stream.destroy();
  }
}
