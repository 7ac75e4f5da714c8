/**
 * right-object-not-prominent: where processing rests on legitimate interests (direct marketing included) or a public
 * task, Art. 21(4) GDPR wants the right to object "explicitly brought to the attention of the data subject and
 * presented clearly and separately from any other information". Only a heading of its own, or a paragraph that opens
 * with it, lists no other right and names the right or what it applies to, counts; an item in a list of rights, an
 * aside about one cookie, or no mention at all does not. Direct marketing on consent is left out: withdrawing consent
 * is the way out there.
 */
import type { PolicyDocument } from '../../document/model.js';
import type { Finding } from '../../types.js';
import type { PolicyFacts } from '../detect.js';
import { qualityFinding, type QualityContext } from './context.js';
import { hitPosition, isNegated, type PolicyText, type QualityHit } from './text.js';

export function rightObjectNotProminent(_document: PolicyDocument, facts: PolicyFacts, context: QualityContext): Finding[] {
  const { text } = context;
  const grounds = [
    ...(facts.context.legitimateInterests ? ['legitimate-interests'] : []),
    ...(facts.attributes.legalBases.includes('public-task') || text.hits('legal-basis', 'public-task').length > 0 ? ['public-task'] : []),
  ];
  if (grounds.length === 0) return [];
  if (facts.context.directMarketing) grounds.push('direct-marketing');
  const mentions = text.hits('right-object', 'objection').filter((hit) => !isNegated(text, hit));
  const blocksWith = (group: string): Set<number> => new Set(text.hits('right-object', group).map((hit) => hit.block));
  const otherRights = blocksWith('other-right');
  const aboutObjection = new Set([...blocksWith('objection-named'), ...blocksWith('grounds')]);
  if (mentions.some((hit) => isProminent(text, hit, otherRights, aboutObjection))) return [];
  const first = mentions[0];
  const at = first ? hitPosition(text, first) : (facts.elements['right-object']?.evidence[0] ?? null);
  return [qualityFinding(context, 'right-object-not-prominent', at, { grounds, mentioned: mentions.length > 0 })];
}

function isProminent(text: PolicyText, hit: QualityHit, otherRights: Set<number>, aboutObjection: Set<number>): boolean {
  const { block } = text.blocks[hit.block]!;
  if (block.kind === 'heading') return true;
  return block.kind === 'paragraph' && hit.sentence === 0 && !otherRights.has(hit.block) && aboutObjection.has(hit.block);
}
