/**
 * dangling-contact: "write to us at the following address:" followed by nothing, or "contact us by post or by phone"
 * in a policy that gives no address and no number anywhere. The reader is told a channel exists and cannot use it, so
 * the contact details of Art. 13(1)(a)/(b) are not actually given. One finding per place.
 */
import type { PolicyDocument } from '../../document/model.js';
import type { Finding } from '../../types.js';
import type { PolicyFacts } from '../detect.js';
import { qualityFinding, type QualityContext } from './context.js';
import { hitExcerpt, hitPosition, sentenceKey, type QualityHit } from './text.js';

const CHANNELS = ['email', 'postal', 'phone'] as const;
/** An announcement this close to a broken promise is the same place seen twice. */
const SAME_PLACE_LINES = 2;

export function danglingContact(_document: PolicyDocument, facts: PolicyFacts, context: QualityContext): Finding[] {
  const findings = facts.attributes.danglingContacts.map((found) => qualityFinding(context, 'dangling-contact', found, { text: found.text }));
  const announced = facts.attributes.danglingContacts.map((found) => found.line);
  for (const { hit, channels } of unkeptPromises(facts, context)) {
    const at = hitPosition(context.text, hit);
    if (!announced.some((line) => Math.abs(line - at.line) <= SAME_PLACE_LINES)) findings.push(qualityFinding(context, 'dangling-contact', at, { text: hitExcerpt(context.text, hit), channels }));
  }
  return findings;
}

/** Invitations to use a channel of which the policy gives no instance at all. */
function unkeptPromises(facts: PolicyFacts, context: QualityContext): { hit: QualityHit; channels: string[] }[] {
  const { text } = context;
  const given = new Set<string>(facts.attributes.contacts.map((contact) => contact.kind));
  const invitations = new Set(text.hits('contact-promise', 'contact-us').map(sentenceKey));
  const emails = text.hits('contact-promise', 'email');
  // "par courrier électronique" is e-mail, not post.
  const insideEmail = (hit: QualityHit): boolean => emails.some((email) => email.block === hit.block && email.start <= hit.start && hit.end <= email.end && email !== hit);
  const bySentence = new Map<string, { hit: QualityHit; channels: string[] }>();
  for (const channel of CHANNELS) {
    if (given.has(channel)) continue;
    for (const hit of text.hits('contact-promise', channel)) {
      const key = sentenceKey(hit);
      if (!invitations.has(key) || insideEmail(hit)) continue;
      const promise = bySentence.get(key);
      if (!promise) bySentence.set(key, { hit, channels: [channel] });
      else if (!promise.channels.includes(channel)) promise.channels.push(channel);
    }
  }
  return [...bySentence.values()];
}
