/**
 * Messages every cross-check shares, for outcomes decided by what could be compared rather than by the check: no
 * policy, a policy that could not be read, a site that could not be recorded, a check that crashed. Check-specific
 * texts live in rules/cross-checks/<id>.json.
 */
import { INTERNAL_ERROR, type MessageSet } from '../../findings.js';

export const OUTCOME_MESSAGES = {
  'no-policy': {
    en: 'The site links to no privacy policy, so there is nothing to compare it with (see policy-not-found).',
    fr: 'Le site ne renvoie vers aucune politique de confidentialité ; il n’y a rien à comparer (voir policy-not-found).',
  },
  'policy-unavailable': {
    en: 'The privacy policy could not be read ({{reason}}), so the site could not be compared with it.',
    fr: 'La politique de confidentialité n’a pas pu être lue ({{reason}}) ; le site n’a pas pu lui être comparé.',
  },
  'site-unavailable': {
    en: 'What the site does could not be recorded ({{reason}}), so it could not be compared with its policy.',
    fr: 'Le comportement du site n’a pas pu être enregistré ({{reason}}) ; il n’a pas pu être comparé à sa politique.',
  },
  'site-partial': {
    en: 'What the site does was only partly recorded ({{reason}}): nothing seen contradicts the policy, but things may have been missed.',
    fr: 'Le comportement du site n’a été enregistré qu’en partie ({{reason}}) : rien de ce qui a été vu ne contredit la politique, mais des éléments ont pu échapper.',
  },
  'check-error': INTERNAL_ERROR,
} satisfies Record<string, MessageSet>;

export type OutcomeMessageKey = keyof typeof OUTCOME_MESSAGES;
