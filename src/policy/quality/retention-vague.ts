/**
 * retention-vague: WP260 says a policy may not simply keep data "as long as necessary"; it must give a period, or
 * criteria from which the reader can work one out. Fires when the only retention statements are of that kind.
 */
import type { PolicyDocument } from '../../document/model.js';
import type { Finding } from '../../types.js';
import type { PolicyFacts } from '../detect.js';
import { qualityFinding, type QualityContext } from './context.js';
import { hitExcerpt, hitPosition } from './text.js';

export function retentionVague(_document: PolicyDocument, facts: PolicyFacts, context: QualityContext): Finding[] {
  const { text } = context;
  if (facts.attributes.retentionDays.length > 0 || text.hits('retention-vague', 'criterion').length > 0) return [];
  const vague = text.hits('retention-vague', 'vague')[0];
  if (vague) return [qualityFinding(context, 'retention-vague', hitPosition(text, vague), { text: hitExcerpt(text, vague) })];
  const evidence = facts.elements.retention?.evidence[0];
  return facts.attributes.vagueRetention && evidence ? [qualityFinding(context, 'retention-vague', evidence, { text: evidence.text })] : [];
}
