/**
 * A policy read once for the quality checks: each block folded and split into words and sentences, every quality cue
 * matched, with a way back to the source position of any match. Checks then ask for the matches of a group instead
 * of matching text themselves.
 */
import { positionAt } from '../../document/block-text.js';
import type { Block, PolicyDocument, SourcePosition } from '../../document/model.js';
import { LANGUAGES, type Language } from '../../types.js';
import { clip } from '../attributes.js';
import type { CueIndex } from '../cues.js';
import { matchCues } from '../cues.js';
import { foldPhrase, foldText, sourceOffset, tokenize, type FoldedText, type Tokens } from '../cues-text.js';
import { loadVendors } from '../detect-vendors.js';
import { loadLanguageVocabularies, type CueLanguage } from '../elements.js';
import { compileQualityCues, loadQualityCues, NEGATION_OWNER, VENDOR_OWNER } from './cues.js';

export interface QualityHit {
  /** Cue file id and group name. */
  file: string;
  group: string;
  block: number;
  sentence: number;
  /** Offsets in `Block.text`. */
  start: number;
  end: number;
  /** Word indexes in the block. */
  first: number;
  last: number;
}

export interface TextBlock {
  block: Block;
  folded: FoldedText;
  tokens: Tokens;
  /** Sentence spans in `Block.text`. */
  sentences: [number, number][];
  /** Word indexes of negation words. */
  negations: number[];
}

export interface PolicyText {
  document: PolicyDocument;
  language: Language | null;
  blocks: TextBlock[];
  numbers: ReadonlyMap<string, number>;
  /** Matches of one group of one cue file (of all its groups when none is given), in document order. */
  hits(file: string, group?: string): QualityHit[];
  /** Matches of any named service, in document order (`group` is the vendor id). */
  services(): QualityHit[];
}

/** A negation word this many words or fewer before a cue negates it, as in element detection. */
export const NEGATION_REACH = 3;

let compiled: { index: CueIndex; abbreviations: Set<string> } | undefined;

function bundledIndex(): { index: CueIndex; abbreviations: Set<string> } {
  if (!compiled) {
    const vocabularies = loadLanguageVocabularies();
    const abbreviations = new Set(vocabularies.flatMap((vocabulary) => (vocabulary.abbreviations ?? []).map(foldPhrase)));
    compiled = { index: compileQualityCues(loadQualityCues(), vocabularies, loadVendors()), abbreviations };
  }
  return compiled;
}

const cache = new WeakMap<PolicyDocument, Map<string, PolicyText>>();

/**
 * The document read for quality checks in the given language (all languages when it is unknown; English cues always
 * apply, as English headings and terms turn up in policies of every language). Cached per document object.
 */
export function readPolicyText(document: PolicyDocument, language: Language | null): PolicyText {
  let byLanguage = cache.get(document);
  if (!byLanguage) cache.set(document, (byLanguage = new Map()));
  const key = language ?? '*';
  const cached = byLanguage.get(key);
  if (cached) return cached;
  const { index, abbreviations } = bundledIndex();
  const active = new Set<CueLanguage>(language ? ['any', 'en', language] : ['any', ...LANGUAGES]);
  const byGroup = new Map<string, QualityHit[]>();
  const byFile = new Map<string, QualityHit[]>();
  const services: QualityHit[] = [];
  const blocks = document.blocks.map((block, b): TextBlock => {
    const folded = foldText(block.text);
    const tokens = tokenize(folded, abbreviations);
    const at = (offset: number): number => sourceOffset(folded, offset);
    const negations: number[] = [];
    const matches = matchCues(index, folded, tokens, active).sort((x, y) => x.start - y.start || x.end - y.end);
    for (const hit of matches) {
      if (hit.target.owner === NEGATION_OWNER) {
        negations.push(hit.first);
        continue;
      }
      const found: QualityHit = { file: hit.target.owner, group: hit.target.label ?? '', block: b, sentence: tokens.sentence[hit.first] ?? 0, start: at(hit.start), end: at(hit.end), first: hit.first, last: hit.last };
      if (found.file === VENDOR_OWNER) {
        services.push(found);
        continue;
      }
      const groupKey = `${found.file}\u0000${found.group}`;
      let list = byGroup.get(groupKey);
      if (!list) byGroup.set(groupKey, (list = []));
      list.push(found);
      let ofFile = byFile.get(found.file);
      if (!ofFile) byFile.set(found.file, (ofFile = []));
      ofFile.push(found);
    }
    const sentences = tokens.sentenceStart.map((start, i): [number, number] => [at(start), at(tokens.sentenceEnd[i] ?? folded.lower.length)]);
    return { block, folded, tokens, sentences, negations };
  });
  const text: PolicyText = {
    document,
    language,
    blocks,
    numbers: index.numbers,
    hits: (file, group) => (group === undefined ? byFile.get(file) : byGroup.get(`${file}\u0000${group}`)) ?? [],
    services: () => services,
  };
  byLanguage.set(key, text);
  return text;
}

/** Whether a negation word stands at most `reach` words before the hit, in its sentence. */
export function isNegated(text: PolicyText, hit: QualityHit, reach = NEGATION_REACH): boolean {
  const { tokens, negations } = text.blocks[hit.block] as TextBlock;
  return negations.some((word) => word < hit.first && hit.first - word <= reach && tokens.sentence[word] === hit.sentence);
}

export function hitPosition(text: PolicyText, hit: Pick<QualityHit, 'block' | 'start'>): SourcePosition {
  return positionAt((text.blocks[hit.block] as TextBlock).block, hit.start);
}

/** The sentence that holds a hit, trimmed and cut around the hit when it is long: what a finding shows as evidence. */
export function hitExcerpt(text: PolicyText, hit: Pick<QualityHit, 'block' | 'sentence' | 'start'>): string {
  const { block, sentences } = text.blocks[hit.block] as TextBlock;
  const [start, end] = sentences[hit.sentence] ?? [0, block.text.length];
  return clip(block.text.slice(start, end), hit.start - start);
}

/** `block:sentence` — hits in the same sentence share it. */
export function sentenceKey(hit: Pick<QualityHit, 'block' | 'sentence'>): string {
  return `${hit.block}:${hit.sentence}`;
}

/** The first hit of each sentence, leaving out the sentences whose keys are in `skip`: one finding per place. */
export function firstPerSentence(hits: QualityHit[], skip: ReadonlySet<string> = new Set()): QualityHit[] {
  const seen = new Set<string>(skip);
  return hits.filter((hit) => {
    const key = sentenceKey(hit);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
