/**
 * transfer-safeguards-missing: a policy that says data leaves the EEA must say on which basis (Art. 13(1)(f): adequacy
 * decision, appropriate safeguards such as standard contractual clauses or BCRs, or an Art. 49 derogation); the DPC's
 * WhatsApp decision found the bare statement of a transfer insufficient.
 */
import type { PolicyDocument } from '../../document/model.js';
import type { Finding } from '../../types.js';
import type { PolicyFacts } from '../detect.js';
import { qualityFinding, type QualityContext } from './context.js';
import { hitExcerpt, hitPosition } from './text.js';
import { namesMechanism, statedTransfers } from './transfer-statements.js';

export function transferSafeguardsMissing(_document: PolicyDocument, _facts: PolicyFacts, context: QualityContext): Finding[] {
  const { text } = context;
  const transfers = statedTransfers(text);
  const first = transfers[0];
  if (!first || namesMechanism(text, transfers)) return [];
  return [qualityFinding(context, 'transfer-safeguards-missing', hitPosition(text, first), { text: hitExcerpt(text, first) })];
}
