/**
 * Messages every consent audit shares, for outcomes decided by the artifacts rather than by the audit: a phase not
 * recorded, recorded only partly, a choice that could not be made, an audit that crashed. Audit-specific texts live
 * in rules/audits/<id>.json.
 */
import { INTERNAL_ERROR, type MessageSet } from '../../findings.js';

export const OUTCOME_MESSAGES = {
  'phase-missing': {
    en: 'The {{phase}} phase was not recorded, so this check does not apply.',
    fr: 'La phase {{phase}} n’a pas été enregistrée ; cette vérification ne s’applique pas.',
  },
  'phase-unavailable': {
    en: 'The {{phase}} phase could not be recorded ({{reason}}), so this check could not be run.',
    fr: 'La phase {{phase}} n’a pas pu être enregistrée ({{reason}}) ; cette vérification n’a pas pu être faite.',
  },
  'phase-partial': {
    en: 'The {{phase}} phase was only partly recorded ({{reason}}), so this check could not be completed.',
    fr: 'La phase {{phase}} n’a été enregistrée qu’en partie ({{reason}}) ; cette vérification n’a pas pu aboutir.',
  },
  'action-failed': {
    en: 'The “{{action}}” choice could not be made on the consent banner ({{reason}}), so what happens after it could not be checked.',
    fr: 'Le choix « {{action}} » n’a pas pu être fait sur le bandeau de consentement ({{reason}}) ; la suite n’a pas pu être vérifiée.',
  },
  'no-banner': {
    en: 'No consent banner was found, so there was no “{{action}}” choice to make.',
    fr: 'Aucun bandeau de consentement n’a été trouvé ; il n’y avait pas de choix « {{action}} » à faire.',
  },
  'audit-error': INTERNAL_ERROR,
} satisfies Record<string, MessageSet>;

export type OutcomeMessageKey = keyof typeof OUTCOME_MESSAGES;
