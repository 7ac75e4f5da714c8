/**
 * The results file of a batch (JSON Lines): one result a line, appended as soon as a URL is finished, so a batch that
 * is killed keeps everything finished before. Each line is written whole by a single append; only the last line can
 * be torn, and a torn line is dropped when the file is opened again.
 */
import { appendFileSync, mkdirSync, readFileSync, truncateSync } from 'node:fs';
import { dirname } from 'node:path';
import { PrivacyLintError } from '../errors.js';
import type { TargetResult } from '../types.js';
import { normalizeUrl } from './batch-urls.js';

const NOT_RESULTS_HINT = 'pass --out a new file, or one written by privacy-lint audit';

/**
 * Reads the results already in `path`, keyed by the normal form of their URL (the first line of a URL wins), and
 * readies the file for appending: its folder exists and a torn last line is cut off.
 */
export function openJournal(path: string): Map<string, TargetResult> {
  let bytes: Buffer;
  try {
    mkdirSync(dirname(path), { recursive: true });
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new PrivacyLintError('OUTPUT_UNWRITABLE', `cannot open ${path}: ${(error as Error).message}`);
  }
  const completeBytes = bytes.lastIndexOf(0x0a) + 1;
  if (completeBytes < bytes.length) cutTo(path, completeBytes);
  const done = new Map<string, TargetResult>();
  bytes.subarray(0, completeBytes).toString('utf8').split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const result = parseResultLine(line);
    if (!result) throw new PrivacyLintError('OUTPUT_UNWRITABLE', `${path}:${index + 1}: not a privacy-lint result line; refusing to append to this file`, { hint: NOT_RESULTS_HINT });
    const key = normalizeUrl(result.target);
    if (!done.has(key)) done.set(key, result);
  });
  return done;
}

export function appendToJournal(path: string, result: TargetResult): void {
  try {
    appendFileSync(path, `${JSON.stringify(result)}\n`);
  } catch (error) {
    throw new PrivacyLintError('OUTPUT_UNWRITABLE', `cannot append to ${path}: ${(error as Error).message}`);
  }
}

function parseResultLine(line: string): TargetResult | undefined {
  try {
    const value = JSON.parse(line) as Partial<TargetResult> | null;
    if (typeof value !== 'object' || value === null || typeof value.target !== 'string' || typeof value.kind !== 'string') return undefined;
    normalizeUrl(value.target);
    return value as TargetResult;
  } catch {
    return undefined;
  }
}

function cutTo(path: string, bytes: number): void {
  try {
    truncateSync(path, bytes);
  } catch (error) {
    throw new PrivacyLintError('OUTPUT_UNWRITABLE', `cannot repair the torn last line of ${path}: ${(error as Error).message}`);
  }
}
