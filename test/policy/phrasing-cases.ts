/** Table-driven detection tests: one line per case of a phrasing family, in a language, with the status it must give. */
import { expect, it } from 'vitest';
import { detectElements } from '../../src/policy/detect.js';
import type { Language } from '../../src/types.js';
import { fromLines } from './detect-builder.js';

export type Case = [Language, string, string[], 'present' | 'partial' | 'absent'];

/** The status of element `id` in a document made of `lines` (`# ` opens a heading), read as `language`. */
export function statusOf(language: Language, id: string, lines: string[]): string {
  return detectElements(fromLines(lines), { language }).elements[id]!.status;
}

export function check(cases: Case[]): void {
  it.each(cases)('%s %s in %j is %s', (language, id, lines, expected) => {
    expect(statusOf(language, id, lines)).toBe(expected);
  });
}
