/**
 * implied-consent: consent must be a clear affirmative act (Art. 4(11) GDPR); scrolling, browsing on or merely using
 * a site never is (EDPB Guidelines 05/2020, CJEU C-673/17 Planet49). One finding per sentence that says otherwise.
 */
import type { PolicyDocument } from '../../document/model.js';
import type { Finding } from '../../types.js';
import type { PolicyFacts } from '../detect.js';
import { qualityFinding, type QualityContext } from './context.js';
import { firstPerSentence, hitExcerpt, hitPosition, isNegated, sentenceKey } from './text.js';

export function impliedConsent(_document: PolicyDocument, _facts: PolicyFacts, context: QualityContext): Finding[] {
  const { text } = context;
  const denied = new Set(text.hits('implied-consent', 'not-consent').map(sentenceKey));
  const stated = text.hits('implied-consent', 'implied').filter((hit) => !isNegated(text, hit));
  return firstPerSentence(stated, denied).map((hit) => qualityFinding(context, 'implied-consent', hitPosition(text, hit), { text: hitExcerpt(text, hit) }));
}
