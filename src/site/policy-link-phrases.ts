/**
 * How links to a privacy policy, a legal notice and a cookie policy are labelled in footers and menus, in the six
 * languages. Phrases are folded (lower case, no accents, punctuation as spaces), as labels are before comparison.
 */

export const PRIVACY_PHRASES = [
  // en
  'privacy', 'privacy policy', 'privacy notice', 'privacy statement', 'privacy center', 'privacy centre', 'your privacy',
  'data protection', 'data protection policy', 'data protection notice', 'data privacy', 'privacy and cookies',
  'privacy cookies', 'privacy and cookie policy', 'privacy cookie policy', 'privacy and cookies policy',
  // fr
  'confidentialite', 'politique de confidentialite', 'donnees personnelles', 'protection des donnees',
  'protection des donnees personnelles', 'vie privee', 'protection de la vie privee', 'politique de protection des donnees',
  'politique de protection des donnees personnelles', 'charte de confidentialite', 'charte donnees personnelles',
  'charte de protection des donnees', 'charte de protection des donnees personnelles', 'politique vie privee',
  'confidentialite et cookies', 'politique de confidentialite et cookies', 'gestion des donnees personnelles',
  'traitement des donnees personnelles', 'vos donnees personnelles', 'vos donnees',
  // de
  'datenschutz', 'datenschutzerklarung', 'datenschutzerklaerung', 'datenschutzhinweise', 'datenschutzhinweis',
  'datenschutzrichtlinie', 'datenschutzinformationen', 'datenschutzinformation', 'datenschutzbestimmungen',
  'hinweise zum datenschutz', 'informationen zum datenschutz', 'datenschutz und cookies', 'privatsphare',
  // es
  'privacidad', 'politica de privacidad', 'aviso de privacidad', 'proteccion de datos', 'politica de proteccion de datos',
  'aviso de proteccion de datos', 'politica de privacidad y cookies', 'datos personales', 'proteccion de datos personales',
  // it
  'informativa sulla privacy', 'informativa privacy', 'privacy e cookie', 'protezione dei dati', 'protezione dei dati personali',
  'informativa sul trattamento dei dati personali', 'trattamento dei dati personali', 'dati personali',
  // nl
  'privacyverklaring', 'privacybeleid', 'privacyreglement', 'privacystatement', 'privacy verklaring', 'privacy beleid',
  'gegevensbescherming', 'privacy en cookies', 'privacy en cookiebeleid',
];

export const LEGAL_NOTICE_PHRASES = [
  'legal', 'legal notice', 'legal notices', 'legal information', 'imprint', 'site notice',
  'mentions legales', 'informations legales',
  'impressum', 'rechtliche hinweise',
  'aviso legal', 'nota legal', 'informacion legal',
  'note legali', 'informazioni legali',
  'juridische informatie', 'colofon', 'disclaimer en privacy',
];

export const COOKIE_POLICY_PHRASES = [
  'cookies', 'cookie policy', 'cookies policy', 'cookie notice', 'cookie statement', 'use of cookies', 'about cookies',
  'privacy and cookie policy', 'privacy cookie policy', 'privacy and cookies', 'privacy cookies', 'privacy and cookies policy',
  'politique cookies', 'politique de cookies', 'politique des cookies', 'politique relative aux cookies',
  'politique d utilisation des cookies', 'utilisation des cookies', 'politique de confidentialite et cookies',
  'confidentialite et cookies',
  'cookie richtlinie', 'cookie richtlinien', 'cookierichtlinie', 'cookie hinweise', 'cookie erklarung', 'cookie politik',
  'datenschutz und cookies',
  'politica de cookies', 'uso de cookies', 'politica de privacidad y cookies',
  'informativa cookie', 'informativa sui cookie', 'cookie policy', 'privacy e cookie',
  'cookiebeleid', 'cookieverklaring', 'cookie verklaring', 'cookiestatement', 'privacy en cookies', 'privacy en cookiebeleid',
];

/** Words a label may add around a phrase and still be the policy's link (`Our privacy policy`, `Privacy & terms`). */
export const LABEL_GLUE = new Set([
  'and', 'our', 'your', 'the', 'read', 'see', 'view', 'full', 'terms', 'conditions', 'policy', 'notice', 'statement', 'legal',
  'et', 'la', 'le', 'les', 'de', 'des', 'du', 'notre', 'nos', 'vos', 'votre', 'politique', 'charte', 'cgu', 'cgv', 'lire', 'voir',
  'und', 'unsere', 'zum', 'zur', 'die', 'der', 'agb', 'hinweise', 'erklarung',
  'y', 'e', 'el', 'los', 'las', 'nuestra', 'nuestro', 'politica', 'aviso', 'terminos', 'condiciones',
  'il', 'lo', 'sulla', 'nostra', 'informativa', 'termini', 'condizioni',
  'en', 'het', 'onze', 'uw', 'voorwaarden', 'algemene',
  'cookie', 'cookies', 'privacy',
]);

/** A link about cookie settings opens the consent manager; it is not the cookie policy. */
export const SETTINGS_WORDS = new Set([
  'settings', 'preferences', 'manage', 'choices', 'consent', 'parametres', 'parametrer', 'gerer', 'preferences', 'consentement',
  'einstellungen', 'verwalten', 'praferenzen', 'einwilligung', 'configuracion', 'configurar', 'gestionar', 'preferencias',
  'impostazioni', 'gestisci', 'preferenze', 'consenso', 'instellingen', 'beheren', 'voorkeuren', 'toestemming',
]);
