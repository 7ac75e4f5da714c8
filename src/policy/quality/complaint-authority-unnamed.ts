/**
 * complaint-authority-unnamed: Art. 13(2)(d) only requires the right to complain to "a supervisory authority", but
 * regulators' own model notices name it (CNIL, APD/GBA, AEPD, Garante, AP, ICO, a German Land's commissioner), and
 * without the name a reader does not know where to turn. Checked only when the policy states the complaint right in
 * full: a partial statement (a complaint without any authority) already has its element finding, which asks for the name.
 */
import type { PolicyDocument } from '../../document/model.js';
import type { Finding } from '../../types.js';
import type { PolicyFacts } from '../detect.js';
import { authorityHits, authorityName } from '../jurisdiction.js';
import { qualityFinding, type QualityContext } from './context.js';

export function complaintAuthorityUnnamed(_document: PolicyDocument, facts: PolicyFacts, context: QualityContext): Finding[] {
  const complaint = facts.elements['right-complaint'];
  if (complaint?.status !== 'present' || complaint.attributes?.negated === true) return [];
  if (authorityHits(context.text, context.jurisdiction).length > 0) return [];
  return [qualityFinding(context, 'complaint-authority-unnamed', complaint.evidence[0] ?? null, { authority: authorityName(context.jurisdiction) })];
}
