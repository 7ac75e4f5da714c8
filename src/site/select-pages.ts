/**
 * Which pages to crawl when there are more candidates than room: always the same ones for the same input. Without a
 * seed, in URL order; with a seed, in an order that hash of seed and URL decides, so a different seed samples
 * different pages and the same seed repeats a run exactly.
 */
import { createHash } from 'node:crypto';

export function selectPages(candidates: readonly string[], count: number, seed?: string): string[] {
  const unique = [...new Set(candidates)];
  if (count <= 0) return [];
  if (seed === undefined) return unique.sort().slice(0, count);
  const keyed = unique.map((url) => ({ url, key: createHash('sha256').update(`${seed}\u0000${url}`).digest('hex') }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.url < b.url ? -1 : 1));
  return keyed.slice(0, count).map((item) => item.url);
}
