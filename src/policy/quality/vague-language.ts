/**
 * vague-language: WP260 asks for "concrete and definitive" information and names "may", "might", "some", "often" and
 * "possible" as qualifiers to avoid. Counts the sentences about data practices that hedge, leaves out those that a
 * sentence next to them makes concrete (a named service or company, a number), and reports the document once when
 * hedging is the rule rather than the exception: enough hedged sentences, and enough hedges per practice sentence.
 */
import type { PolicyDocument } from '../../document/model.js';
import type { Finding } from '../../types.js';
import type { PolicyFacts } from '../detect.js';
import { qualityFinding, type QualityContext } from './context.js';
import { hitExcerpt, hitPosition, sentenceKey, type PolicyText, type QualityHit } from './text.js';

/** Fires when at least this many hedged sentences remain, with at least this many hedges per practice sentence. */
const MIN_VAGUE = 4;
const MIN_DENSITY = 0.3;
/** A conditional hedge (`ggf.`) counts only when a practice verb follows within this many words. */
const CONDITIONAL_REACH = 6;
const EXAMPLES = 3;

interface Sentence {
  hedges: number;
  anchor: QualityHit;
}

export function vagueLanguage(_document: PolicyDocument, _facts: PolicyFacts, context: QualityContext): Finding[] {
  const { text } = context;
  const practice = new Map<string, QualityHit[]>();
  for (const hit of text.hits('vague-language', 'practice')) {
    const list = practice.get(sentenceKey(hit));
    if (list) list.push(hit);
    else practice.set(sentenceKey(hit), [hit]);
  }
  if (practice.size === 0) return [];

  const hedged = new Map<string, Sentence>();
  const count = (hit: QualityHit): void => {
    const key = sentenceKey(hit);
    if (!practice.has(key)) return;
    const sentence = hedged.get(key);
    if (sentence) sentence.hedges++;
    else hedged.set(key, { hedges: 1, anchor: hit });
  };
  text.hits('vague-language', 'hedge').forEach(count);
  // A conditional hedge counts only when it qualifies an action: a practice verb follows it closely.
  text
    .hits('vague-language', 'hedge-conditional')
    .filter((hit) => (practice.get(sentenceKey(hit)) ?? []).some((verb) => verb.first > hit.last && verb.first - hit.last <= CONDITIONAL_REACH))
    .forEach(count);

  const concrete = concreteSentences(text);
  const vague = [...hedged.values()].filter((sentence) => !clarifiedNearby(text, sentence.anchor, concrete));
  const hedges = vague.reduce((sum, sentence) => sum + sentence.hedges, 0);
  if (vague.length < MIN_VAGUE || hedges / practice.size < MIN_DENSITY) return [];
  const worst = [...vague].sort((a, b) => b.hedges - a.hedges || a.anchor.block - b.anchor.block || a.anchor.start - b.anchor.start).slice(0, EXAMPLES);
  const examples = worst.map((sentence) => ({ ...hitPosition(text, sentence.anchor), text: hitExcerpt(text, sentence.anchor) }));
  return [
    qualityFinding(context, 'vague-language', examples[0] ?? null, {
      vague: vague.length,
      total: practice.size,
      hedges,
      examples,
    }),
  ];
}

/** Sentences that name a service or a company, or give a number that is not part of a legal citation. */
function concreteSentences(text: PolicyText): Set<string> {
  const keys = new Set([...text.services(), ...text.hits('vague-language', 'entity')].map(sentenceKey));
  text.blocks.forEach(({ tokens }, b) => {
    for (let i = 0; i < tokens.count; i++) {
      if (!/^\d+$/.test(tokens.value[i] as string)) continue;
      const previous = i > 0 ? (tokens.value[i - 1] as string) : '';
      if (/^(?:art|arts|artt|article|artikel|articulo|articolo|abs|lit|para|par|no|nr|n|s|c)$/.test(previous)) continue;
      keys.add(`${b}:${tokens.sentence[i]}`);
    }
  });
  return keys;
}

/** The sentence itself, the one before or after it, or — for a sentence ending a block — the next block gives specifics. */
function clarifiedNearby(text: PolicyText, hit: QualityHit, concrete: Set<string>): boolean {
  const { sentences } = text.blocks[hit.block]!;
  const around = [hit.sentence - 1, hit.sentence, hit.sentence + 1].map((sentence) => `${hit.block}:${sentence}`);
  if (around.some((key) => concrete.has(key))) return true;
  return hit.sentence === sentences.length - 1 && concrete.has(`${hit.block + 1}:0`);
}
