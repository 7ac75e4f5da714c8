/** What the transfer checks share: the policy's own transfer statements, and whether it names any mechanism for them. */
import type { PolicyText, QualityHit } from './text.js';
import { firstPerSentence, isNegated, sentenceKey } from './text.js';

/** "We do not transfer your data outside the EEA" puts the negation a few words before the transfer phrase. */
const DENIAL_REACH = 6;

/** Sentences stating that data goes outside the EEA, denials and headings left out; the first hit of each sentence. */
export function statedTransfers(text: PolicyText): QualityHit[] {
  const denied = new Set(text.hits('transfers', 'denial').map(sentenceKey));
  const affirmative = text.hits('transfers', 'transfer').filter((hit) => text.blocks[hit.block]!.block.kind !== 'heading' && !isNegated(text, hit, DENIAL_REACH));
  return firstPerSentence(affirmative, denied);
}

/**
 * A Chapter V mechanism is named: adequacy, SCCs, BCRs, the DPF or the article, anywhere; a derogation only in a
 * section that states a transfer, since "explicit consent" or "necessary for a contract" mean nothing about
 * transfers elsewhere, and never in a sentence that takes consent from mere use of the site. An obsolete mechanism
 * counts as named: that is a finding of its own.
 */
export function namesMechanism(text: PolicyText, transfers: QualityHit[]): boolean {
  if (text.hits('transfers', 'safeguard').length > 0 || text.hits('transfers', 'obsolete').length > 0) return true;
  const sectionOf = (hit: QualityHit): number => text.blocks[hit.block]!.block.section;
  const sections = new Set(transfers.map(sectionOf));
  const implied = new Set(text.hits('implied-consent', 'implied').map(sentenceKey));
  return text.hits('transfers', 'derogation').some((hit) => sections.has(sectionOf(hit)) && !implied.has(sentenceKey(hit)));
}
