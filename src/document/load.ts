/**
 * Loading: a file path, an http(s) URL or `-` (stdin) becomes a decoded `LoadedSource` with its format. Every failure
 * is a typed error whose one-line message names the input.
 */
import { createReadStream, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PrivacyLintError } from '../errors.js';
import { declaredHtmlCharset, decodeBytes } from './decode.js';
import { fetchUrl } from './fetch-url.js';
import type { LoadedSource, SourceFormat } from './model.js';
import { readLimited, tooLargeError } from './read-limited.js';
import { detectFormat, formatFromMediaType, formatFromPath } from './sniff-format.js';

export interface LoadOptions {
  /** Read the input as this format instead of detecting it. */
  format?: SourceFormat;
  /** Size cap in bytes; default 10 MiB. */
  maxBytes?: number;
  /** Time budget for a URL, redirects and body included; default 15 s. */
  timeoutMs?: number;
  /** Where `-` reads from; default `process.stdin`. */
  stdin?: NodeJS.ReadableStream;
  /** Directory relative file paths are read from; default the process's working directory. */
  cwd?: string;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;
const STDIN_TARGET = '<stdin>';

interface Received {
  target: string;
  bytes: Uint8Array;
  /** Format the path or content type announces. */
  announced?: SourceFormat;
  charset?: string;
  declaredLanguage?: string;
}

export async function loadInput(input: string, options: LoadOptions = {}): Promise<LoadedSource> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let received: Received;
  if (input === '-') received = await receiveStdin(options, maxBytes);
  else if (/^https?:\/\//i.test(input)) received = await receiveUrl(input, maxBytes, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  else received = await receiveFile(input, resolve(options.cwd ?? process.cwd(), input), maxBytes);
  return toSource(received, options.format);
}

function toSource(received: Received, forced: SourceFormat | undefined): LoadedSource {
  const { target, bytes } = received;
  const charset = received.charset ?? declaredHtmlCharset(bytes);
  const { text, encoding } = decodeBytes(bytes, { target, ...(charset ? { charset } : {}) });
  return {
    target,
    format: detectFormat(text, received.announced, forced),
    text,
    encoding,
    ...(received.declaredLanguage ? { declaredLanguage: received.declaredLanguage } : {}),
  };
}

async function receiveStdin(options: LoadOptions, maxBytes: number): Promise<Received> {
  if (!options.stdin && process.stdin.isTTY) {
    throw new PrivacyLintError('USAGE', `${STDIN_TARGET}: nothing is piped in`, {
      hint: 'Pipe a policy in (`cat policy.md | privacy-lint policy -`) or pass a file path.',
    });
  }
  const bytes = await readLimited(options.stdin ?? process.stdin, maxBytes, STDIN_TARGET);
  return { target: STDIN_TARGET, bytes };
}

async function receiveUrl(url: string, maxBytes: number, timeoutMs: number): Promise<Received> {
  try {
    new URL(url);
  } catch {
    throw new PrivacyLintError('USAGE', `${url} is not a valid URL`, { hint: 'Check the address, e.g. https://example.com/privacy.' });
  }
  const fetched = await fetchUrl(url, { maxBytes, timeoutMs });
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(fetched.contentType ?? '')?.[1];
  const announced = formatFromMediaType(fetched.contentType) ?? formatFromPath(new URL(fetched.url).pathname);
  const declaredLanguage = fetched.contentLanguage?.split(',')[0]?.trim();
  return {
    target: fetched.url,
    bytes: fetched.bytes,
    ...(announced ? { announced } : {}),
    ...(charset ? { charset } : {}),
    ...(declaredLanguage ? { declaredLanguage } : {}),
  };
}

function fileError(path: string, absolute: string, error: unknown): PrivacyLintError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    const looksLikeHost = /^[\w-]+(\.[\w-]+)+(\/|$)/.test(path) && !/\.(md|markdown|html?|xhtml|txt)$/i.test(path);
    return new PrivacyLintError('INPUT_NOT_FOUND', `${path}: no such file`, {
      hint: looksLikeHost ? `To fetch a page, give the full URL (https://${path}).` : `Check the path: nothing exists at ${absolute}.`,
    });
  }
  if (code === 'EISDIR') return directoryError(path);
  if (code === 'EACCES' || code === 'EPERM') {
    return new PrivacyLintError('INPUT_UNREADABLE', `${path}: permission denied`, {
      hint: 'Check the file permissions, or copy the policy somewhere readable.',
    });
  }
  const message = error instanceof Error ? error.message.replace(/\s+/gu, ' ') : String(error);
  return new PrivacyLintError('INPUT_UNREADABLE', `${path}: cannot be read (${message})`, { hint: 'Check that the file is readable.', cause: error });
}

function directoryError(path: string): PrivacyLintError {
  return new PrivacyLintError('INPUT_IS_DIRECTORY', `${path} is a directory, not a file`, {
    hint: 'Pass the policy file inside it.',
  });
}

async function receiveFile(path: string, absolute: string, maxBytes: number): Promise<Received> {
  let stats: Stats;
  try {
    stats = await stat(absolute);
  } catch (error) {
    throw fileError(path, absolute, error);
  }
  if (stats.isDirectory()) throw directoryError(path);
  if (stats.isFile() && stats.size > maxBytes) throw tooLargeError(path, maxBytes);
  let bytes: Uint8Array;
  try {
    bytes = stats.isFile() ? await readFile(absolute) : await readSpecialFile(path, absolute, maxBytes);
  } catch (error) {
    if (error instanceof PrivacyLintError) throw error;
    throw fileError(path, absolute, error);
  }
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) throw tooLargeError(path, maxBytes);
  const announced = formatFromPath(path);
  return { target: path, bytes, ...(announced ? { announced } : {}) };
}

/** Pipes and devices (`/dev/stdin`, process substitution) have no size to check up front. */
async function readSpecialFile(path: string, absolute: string, maxBytes: number): Promise<Uint8Array> {
  const stream = createReadStream(absolute);
  try {
    return await readLimited(stream, maxBytes, path);
  } finally {
    stream.destroy();
  }
}
