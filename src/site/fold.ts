/** Text compared the way the policy linter compares it: case and accents folded, punctuation as word breaks. */
import { foldPhrase } from '../policy/cues-text.js';

export function foldWords(text: string): string[] {
  return foldPhrase(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Folded words joined by single spaces and padded with one, so `includes(' phrase ')` matches whole words only. */
export function foldedLine(text: string): string {
  return ` ${foldWords(text).join(' ')} `;
}
