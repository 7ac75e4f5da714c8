/**
 * Language of a policy from the frequency of function words: cheap, needs no model, and is reliable on the few
 * thousand words a policy has. Only words that belong to one of the six languages are counted, so `de`, `en` or `die`
 * (shared by several) never tip the balance.
 */
import { LANGUAGES, type Language } from '../types.js';
import { foldText } from './cues-text.js';

const STOP_WORDS: Record<Language, string[]> = {
  en: ['the', 'and', 'to', 'is', 'are', 'you', 'your', 'our', 'with', 'for', 'this', 'that', 'be', 'will', 'by', 'which', 'from', 'have', 'it', 'as', 'not', 'can', 'may', 'us', 'any', 'these', 'when', 'if', 'would', 'how', 'or', 'we'],
  fr: ['le', 'les', 'des', 'du', 'et', 'est', 'nous', 'vous', 'votre', 'vos', 'une', 'pour', 'dans', 'qui', 'sur', 'par', 'sont', 'au', 'aux', 'ce', 'cette', 'avec', 'pas', 'leur', 'ou', 'ces', 'etre', 'mais', 'notre', 'nos'],
  de: ['der', 'das', 'und', 'ist', 'wir', 'sie', 'ihre', 'ihrer', 'ihnen', 'den', 'dem', 'nicht', 'mit', 'auf', 'fur', 'eine', 'einer', 'werden', 'wird', 'zu', 'von', 'auch', 'oder', 'bei', 'sind', 'nach', 'zur', 'zum', 'uns', 'unsere'],
  es: ['el', 'los', 'las', 'del', 'y', 'sus', 'su', 'para', 'por', 'con', 'es', 'se', 'lo', 'como', 'nuestro', 'nuestra', 'usted', 'sobre', 'este', 'esta', 'puede', 'pueden', 'cuando', 'sera', 'tratamiento'],
  it: ['il', 'gli', 'della', 'delle', 'dei', 'degli', 'di', 'che', 'per', 'non', 'sono', 'nel', 'nella', 'alla', 'dal', 'dalla', 'suoi', 'questo', 'questa', 'ai', 'essere', 'possono', 'anche', 'nostro', 'nostri', 'trattamento'],
  nl: ['het', 'een', 'van', 'uw', 'jouw', 'onze', 'ons', 'zijn', 'wordt', 'worden', 'voor', 'met', 'niet', 'dat', 'deze', 'op', 'te', 'bij', 'naar', 'ook', 'als', 'door', 'hebben', 'kunnen', 'u', 'wij'],
};

/** Words every privacy policy uses in its own language: they tell a one-line text apart when function words are few. */
const POLICY_WORDS: Record<Language, string[]> = {
  en: ['privacy', 'personal', 'information', 'controller', 'processing', 'rights'],
  fr: ['donnees', 'confidentialite', 'personnelles', 'traitement', 'responsable', 'droits'],
  de: ['daten', 'datenschutz', 'datenschutzerklarung', 'verantwortlich', 'verantwortlicher', 'personenbezogenen', 'verarbeitung', 'rechte'],
  es: ['datos', 'privacidad', 'personales', 'responsable', 'derechos'],
  it: ['dati', 'personali', 'informativa', 'titolare', 'diritti'],
  nl: ['gegevens', 'persoonsgegevens', 'privacyverklaring', 'verwerking', 'rechten', 'verwerkingsverantwoordelijke'],
};

const LANGUAGE_OF = new Map<string, Language>();
for (const language of LANGUAGES) for (const word of [...STOP_WORDS[language], ...POLICY_WORDS[language]]) LANGUAGE_OF.set(word, language);

const SAMPLE_CHARS = 20_000;
/** Below this many function words the text says too little to tell. */
const MIN_HITS = 5;
/** Fewer words will do when they all point to one language. */
const CLEAR_HITS = 2;
const CLEAR_RATIO = 3;
/** A declared language wins when it scores at least this share of the best one. */
const DECLARED_MARGIN = 0.8;

/** The language of a text (its first 20,000 characters), or null when too little of it is one language to tell. */
export function detectLanguage(text: string, declaredLanguage?: string): Language | null {
  const counts: Record<Language, number> = { en: 0, fr: 0, de: 0, es: 0, it: 0, nl: 0 };
  for (const word of foldText(text.slice(0, SAMPLE_CHARS)).lower.match(/[\p{L}]+/gu) ?? []) {
    const language = LANGUAGE_OF.get(word);
    if (language) counts[language]++;
  }
  let best: Language = 'en';
  for (const language of LANGUAGES) if (counts[language] > counts[best]) best = language;
  const runnerUp = Math.max(...LANGUAGES.filter((language) => language !== best).map((language) => counts[language]));
  const declared = declaredLanguage?.trim().slice(0, 2).toLowerCase();
  if (declared && (LANGUAGES as readonly string[]).includes(declared) && counts[declared as Language] >= counts[best] * DECLARED_MARGIN) {
    return counts[declared as Language] > 0 || counts[best] === 0 ? (declared as Language) : best;
  }
  // A short text may still speak clearly: a few words, all of one language.
  const clear = counts[best] >= CLEAR_HITS && counts[best] >= CLEAR_RATIO * runnerUp;
  return counts[best] >= MIN_HITS || clear ? best : null;
}
