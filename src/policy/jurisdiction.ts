/**
 * Jurisdictions: which national rules apply to a policy, inferred from its language and the addresses, domains and
 * authorities it names, and the national requirements a jurisdiction profile validates (`national` in the profile
 * instance). The requirements are computed for every policy; a profile decides which of them it requires.
 */
import type { PolicyDocument } from '../document/model.js';
import type { ElementResult, Evidence } from '../types.js';
import type { PolicyFacts } from './detect.js';
import { hitExcerpt, hitPosition, readPolicyText, sentenceKey, type PolicyText, type QualityHit } from './quality/text.js';

export interface JurisdictionInfo {
  /** Short name of the supervisory authority, as policies write it. */
  authority: string;
  /** Age of consent for information society services (Art. 8 GDPR and national law). */
  consentAge: number;
}

export const JURISDICTIONS: Readonly<Record<string, JurisdictionInfo>> = {
  fr: { authority: 'CNIL', consentAge: 15 },
  be: { authority: 'APD/GBA', consentAge: 13 },
  de: { authority: 'BfDI / Landesdatenschutzbehörde', consentAge: 16 },
  es: { authority: 'AEPD', consentAge: 14 },
  it: { authority: 'Garante', consentAge: 14 },
  nl: { authority: 'Autoriteit Persoonsgegevens', consentAge: 16 },
  uk: { authority: 'ICO', consentAge: 13 },
};

/** Weak signals (the country's name) count only from this many mentions on. */
const WEAK_SIGNALS = 2;

/**
 * fr → fr and nl → nl unless Belgian signals (a `.be` address, a Belgian company form or VAT number, APD/GBA,
 * Belgium named repeatedly) say be; de, es, it → themselves; en → uk on British signals (ICO, UK GDPR, a UK domain
 * or postcode), else unknown.
 */
export function inferJurisdiction(facts: PolicyFacts, document: PolicyDocument): string | null {
  const text = readPolicyText(document, facts.language);
  const signalled = (strong: QualityHit[], weak: QualityHit[]): boolean => strong.length > 0 || weak.length >= WEAK_SIGNALS;
  switch (facts.language) {
    case 'fr':
    case 'nl':
      return signalled([...text.hits('jurisdiction', 'be'), ...text.hits('authorities', 'be')], text.hits('jurisdiction', 'be-country')) ? 'be' : facts.language;
    case 'en':
      return signalled([...text.hits('jurisdiction', 'uk'), ...text.hits('authorities', 'uk')], text.hits('jurisdiction', 'uk-country')) ? 'uk' : null;
    case null:
      return null;
    default:
      return facts.language;
  }
}

/** A built-in profile named after the jurisdiction, if there is one. */
export function profileForJurisdiction(jurisdiction: string | null, builtInProfiles: readonly string[]): string {
  return jurisdiction && builtInProfiles.includes(jurisdiction) ? jurisdiction : 'gdpr';
}

export interface NationalRequirements {
  /** The `national` object of the profile instance: requirement id → met (`outdated-law-reference`: found). */
  values: Record<string, boolean>;
  /** Evidence and message data per requirement, in the shape of element results. */
  results: Record<string, ElementResult>;
}

export function nationalRequirements(document: PolicyDocument, facts: PolicyFacts, jurisdiction: string | null): NationalRequirements {
  const text = readPolicyText(document, facts.language);
  const info = jurisdiction ? JURISDICTIONS[jurisdiction] : undefined;
  const values: Record<string, boolean> = {};
  const results: Record<string, ElementResult> = {};
  const record = (id: string, value: boolean, evidence: Evidence | undefined, attributes?: Record<string, unknown>): void => {
    values[id] = value;
    results[id] = { status: value ? 'present' : 'absent', evidence: evidence ? [evidence] : [], ...(attributes ? { attributes } : {}) };
  };
  const evidenceOf = (hit: QualityHit | undefined): Evidence | undefined => (hit ? { ...hitPosition(text, hit), text: hitExcerpt(text, hit) } : undefined);

  const directives = text.hits('post-mortem', 'directives')[0];
  record('post-mortem-directives', directives !== undefined, evidenceOf(directives));

  const minors = text.hits('children', 'minor');
  const withAge = minors.find((hit) => statesAge(text, hit, info?.consentAge));
  record('children-consent-age', withAge !== undefined, evidenceOf(withAge ?? minors[0]), info ? { age: info.consentAge } : undefined);

  const historical = new Set(text.hits('outdated-law', 'historical').map(sentenceKey));
  const outdated = text
    .hits('outdated-law', jurisdiction ?? undefined)
    .find((hit) => hit.group !== 'historical' && !historical.has(sentenceKey(hit)));
  record('outdated-law-reference', outdated !== undefined, evidenceOf(outdated), outdated ? { law: text.blocks[outdated.block]!.block.text.slice(outdated.start, outdated.end) } : undefined);

  const ukTool = text.hits('transfers', 'uk-safeguard')[0];
  record('uk-transfer-mechanism', ukTool !== undefined, evidenceOf(ukTool));
  return { values, results };
}

/** Names of the jurisdiction's authority; of any authority when the jurisdiction is unknown or has none listed. */
export function authorityHits(text: PolicyText, jurisdiction: string | null): QualityHit[] {
  return jurisdiction && JURISDICTIONS[jurisdiction] ? text.hits('authorities', jurisdiction) : text.hits('authorities');
}

/** What messages call the authority: its short name, or the list of those known when the jurisdiction is not. */
export function authorityName(jurisdiction: string | null): string {
  const info = jurisdiction ? JURISDICTIONS[jurisdiction] : undefined;
  return info?.authority ?? Object.values(JURISDICTIONS).map((known) => known.authority).join(', ');
}

/** Ages a policy may give for minors; other numbers in the sentence are not ages. */
const AGE_RANGE = [10, 21] as const;

/** The sentence of a mention of minors gives the expected age (any plausible age when none is expected), in digits or words. */
function statesAge(text: PolicyText, hit: QualityHit, age: number | undefined): boolean {
  const { tokens } = text.blocks[hit.block]!;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.sentence[i] !== hit.sentence) continue;
    const word = tokens.value[i] as string;
    const value = /^\d{1,2}$/.test(word) ? Number(word) : text.numbers.get(word);
    if (value === undefined) continue;
    if (age === undefined ? value >= AGE_RANGE[0] && value <= AGE_RANGE[1] : value === age) return true;
  }
  return false;
}
