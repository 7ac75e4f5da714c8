/**
 * Splitting a URL list across machines. A URL's shard depends only on the URL and the shard count (a hash of its
 * normal form), so every machine computes the same split without talking to the others, and adding URLs to the list
 * never moves the ones already there.
 */
import { createHash } from 'node:crypto';
import { PrivacyLintError } from '../errors.js';
import { normalizeUrl } from './batch-urls.js';

/** Shard `index` of `count`, 1-based as on the command line (`--shard 2/4`). */
export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new PrivacyLintError('USAGE', `--shard expects i/n with 1 ≤ i ≤ n, got "${text}"`, { hint: 'for example --shard 2/4: the second of four shards' });
  }
  return { index, count };
}

/** The URLs of `urls` that belong to `shard`, in their original order. */
export function selectShard(urls: readonly string[], shard: Shard): string[] {
  if (!Number.isSafeInteger(shard.count) || !Number.isSafeInteger(shard.index) || shard.count < 1 || shard.index < 1 || shard.index > shard.count) {
    throw new PrivacyLintError('USAGE', `invalid shard ${shard.index}/${shard.count}: expected 1 ≤ i ≤ n`);
  }
  return urls.filter((url) => shardOf(url, shard.count) === shard.index);
}

/** The 1-based shard of `url` among `count`. */
export function shardOf(url: string, count: number): number {
  const digest = createHash('sha256').update(normalizeUrl(url)).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}
