/**
 * template-leftover: placeholders of a policy generator or template (`[Company name]`, `{{email}}`, lorem ipsum) were
 * published as they are, so whatever they stand for is missing. One finding per placeholder.
 */
import type { PolicyDocument } from '../../document/model.js';
import type { Finding } from '../../types.js';
import type { PolicyFacts } from '../detect.js';
import { qualityFinding, type QualityContext } from './context.js';

export function templateLeftover(_document: PolicyDocument, facts: PolicyFacts, context: QualityContext): Finding[] {
  return facts.attributes.templateLeftovers.map((found) => qualityFinding(context, 'template-leftover', found, { text: found.text }));
}
