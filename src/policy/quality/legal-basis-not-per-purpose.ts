/**
 * legal-basis-not-per-purpose: Art. 13(1)(c) asks for the purposes "as well as the legal basis for the processing",
 * and the DPC's WhatsApp decision (2021) held that a global list of bases, with no link to the processing operations
 * they cover, does not meet it. Fires when the policy relies on more than one Art. 6 ground and fewer than two of its
 * basis statements are tied to a purpose: a table row, a sentence under a heading that is not about legal bases, or a
 * sentence that names at most two grounds and says something else besides.
 */
import type { PolicyDocument } from '../../document/model.js';
import type { Finding } from '../../types.js';
import type { PolicyFacts } from '../detect.js';
import { qualityFinding, type QualityContext } from './context.js';
import { hitPosition, sentenceKey, type PolicyText, type QualityHit } from './text.js';

const GROUNDS = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'] as const;
/** A sentence tied to a purpose says at least this many words besides the grounds it names. */
const PURPOSE_WORDS = 5;
const MAX_GROUNDS_PER_PAIR = 2;
const PAIRS_NEEDED = 2;

interface BasisStatement {
  block: number;
  /** Sentences of the block that make up the statement: one sentence with its `;` clauses, or a whole list item or row. */
  sentences: Set<number>;
  grounds: Set<string>;
  hits: QualityHit[];
}

export function legalBasisNotPerPurpose(document: PolicyDocument, _facts: PolicyFacts, context: QualityContext): Finding[] {
  const { text } = context;
  const markedBlocks = new Set(text.hits('legal-basis', 'marker').map((hit) => hit.block));
  const statements = basisStatements(document, text, markedBlocks);
  const grounds = new Set(statements.flatMap((statement) => [...statement.grounds]));
  if (grounds.size < 2) return [];
  const paired = statements.filter((statement) => isPaired(document, text, statement, markedBlocks));
  if (paired.length >= PAIRS_NEEDED) return [];
  const first = statements[0]!.hits.reduce((a, b) => (b.start < a.start ? b : a));
  return [qualityFinding(context, 'legal-basis-not-per-purpose', hitPosition(text, first), { grounds: [...grounds].sort() })];
}

/**
 * Statements of a legal basis: a ground named where the statement itself, its heading, its table's header or the
 * paragraph introducing its list speaks of legal bases, and the statement is not about withdrawing or objecting.
 */
function basisStatements(document: PolicyDocument, text: PolicyText, markedBlocks: Set<number>): BasisStatement[] {
  const markers = text.hits('legal-basis', 'marker');
  const excluded = new Set([...text.hits('legal-basis', 'not-basis'), ...text.hits('right-object', 'objection')].map(sentenceKey));
  const named = GROUNDS.flatMap((ground) => text.hits('legal-basis', ground).map((hit): [string, QualityHit] => [ground, hit]));
  const units = new Map<number, number[]>();
  const unitOf = (hit: Pick<QualityHit, 'block' | 'sentence'>): string => {
    let unit = units.get(hit.block);
    if (!unit) units.set(hit.block, (unit = statementUnits(document, text, hit.block)));
    return `${hit.block}:${unit[hit.sentence] ?? 0}`;
  };
  const markersByUnit = new Map<string, QualityHit[]>();
  for (const marker of markers) {
    const list = markersByUnit.get(unitOf(marker));
    if (list) list.push(marker);
    else markersByUnit.set(unitOf(marker), [marker]);
  }
  const byUnit = new Map<string, BasisStatement>();
  for (const [ground, hit] of named) {
    if (excluded.has(sentenceKey(hit))) continue;
    const key = unitOf(hit);
    if (!markersByUnit.has(key) && !introducedAsBasis(document, markedBlocks, hit.block)) continue;
    let statement = byUnit.get(key);
    if (!statement) {
      const sentences = new Set(units.get(hit.block)!.flatMap((unit, sentence) => (`${hit.block}:${unit}` === key ? [sentence] : [])));
      statement = { block: hit.block, sentences, grounds: new Set(), hits: [...(markersByUnit.get(key) ?? [])] };
      byUnit.set(key, statement);
    }
    statement.grounds.add(ground);
    statement.hits.push(hit);
  }
  return [...byUnit.values()].sort((a, b) => a.block - b.block || Math.min(...a.sentences) - Math.min(...b.sentences));
}

/**
 * The statement each sentence of a block belongs to: a list item or table row is one statement (one purpose with its
 * basis); elsewhere a sentence is one, with the clauses a semicolon separates, since `consent; contract; legitimate
 * interests` is one global list.
 */
function statementUnits(document: PolicyDocument, text: PolicyText, index: number): number[] {
  const { tokens, folded } = text.blocks[index]!;
  const count = tokens.sentenceStart.length;
  const kind = document.blocks[index]!.kind;
  if (kind === 'list-item' || kind === 'table-row') return new Array<number>(count).fill(0);
  const units: number[] = [];
  let unit = 0;
  let lastWordEnd = -1;
  for (let word = 0, sentence = 0; sentence < count; sentence++) {
    if (sentence > 0 && !/^[^.!?]*;/.test(folded.lower.slice(lastWordEnd, tokens.sentenceStart[sentence]))) unit++;
    units.push(unit);
    while (word < tokens.count && tokens.sentence[word] === sentence) lastWordEnd = tokens.end[word++] as number;
  }
  return units;
}

/** The block's heading, its table's first row or the paragraph introducing its list speaks of legal bases. */
function introducedAsBasis(document: PolicyDocument, markedBlocks: Set<number>, index: number): boolean {
  const block = document.blocks[index]!;
  const heading = document.sections[block.section]?.headingBlock ?? -1;
  if (heading >= 0 && markedBlocks.has(heading)) return true;
  if (block.kind !== 'table-row' && block.kind !== 'list-item') return false;
  let start = index;
  while (start > 0 && document.blocks[start - 1]!.kind === block.kind) start--;
  const opener = block.kind === 'table-row' ? start : start - 1;
  return opener >= 0 && opener !== index && markedBlocks.has(opener);
}

function isPaired(document: PolicyDocument, text: PolicyText, statement: BasisStatement, markedBlocks: Set<number>): boolean {
  if (statement.grounds.size > MAX_GROUNDS_PER_PAIR) return false;
  const block = document.blocks[statement.block]!;
  if (block.kind === 'table-row' && !block.header) return true;
  const heading = document.sections[block.section]?.headingBlock ?? -1;
  if (heading >= 0 && !markedBlocks.has(heading)) return true;
  const { tokens } = text.blocks[statement.block]!;
  let words = 0;
  for (let i = 0; i < tokens.count; i++) {
    if (statement.sentences.has(tokens.sentence[i] as number) && !statement.hits.some((hit) => hit.first <= i && i <= hit.last)) words++;
  }
  return words >= PURPOSE_WORDS;
}
