/**
 * Stable identities for findings, so code-scanning and code-quality services match the same problem across runs
 * even when wording differs only in case or spacing.
 */
import { createHash } from 'node:crypto';

export function normaliseMessage(message: string): string {
  return message.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** sha256 (hex) of the parts serialised as a JSON array, so no two different tuples hash the same input. */
export function fingerprint(parts: readonly (string | number)[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
