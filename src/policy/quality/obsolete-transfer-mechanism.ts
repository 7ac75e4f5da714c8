/**
 * obsolete-transfer-mechanism: Safe Harbor (CJEU C-362/14, 2015) and the EU-US Privacy Shield (CJEU C-311/18,
 * 16 July 2020) no longer cover any transfer. A sentence that names one without saying it was invalidated or replaced
 * presents it as a current basis.
 */
import type { PolicyDocument } from '../../document/model.js';
import type { Finding } from '../../types.js';
import type { PolicyFacts } from '../detect.js';
import { qualityFinding, type QualityContext } from './context.js';
import { firstPerSentence, hitExcerpt, hitPosition, sentenceKey } from './text.js';

export function obsoleteTransferMechanism(_document: PolicyDocument, _facts: PolicyFacts, context: QualityContext): Finding[] {
  const { text } = context;
  const historical = new Set(text.hits('transfers', 'invalidated').map(sentenceKey));
  return firstPerSentence(text.hits('transfers', 'obsolete'), historical).map((hit) =>
    qualityFinding(context, 'obsolete-transfer-mechanism', hitPosition(text, hit), {
      mechanism: text.blocks[hit.block]!.block.text.slice(hit.start, hit.end),
      text: hitExcerpt(text, hit),
    }),
  );
}
