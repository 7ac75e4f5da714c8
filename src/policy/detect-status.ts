/**
 * Third pass: each element's status from its candidates. A candidate is a cue that counts where it stands (a strong
 * phrase anywhere, a weak one under its heading, a heading with content under it, a table cell under its column); it
 * makes the element present when it is affirmative and what must accompany it (a channel, a duration, an authority…)
 * is in its reach.
 */
import type { Block, PolicyDocument } from '../document/model.js';
import type { ElementStatus } from '../types.js';
import type { ElementDefinition, Signal } from './elements.js';
import { STATING_GROUPS, type BlockScan, type Channel, type Hit } from './detect-scan.js';
import { ANY_ELEMENT, type Structure } from './detect-structure.js';
import type { NameWords } from './detect-engine.js';

export interface Area {
  blocks: number[];
  /** Restricts the first block to a span of its text (a table cell, the text after an inline label). */
  range?: [number, number];
  /** Restricts the first block to one sentence. */
  sentence?: number;
}

export interface Candidate {
  kind: 'body' | 'heading' | 'label' | 'column';
  block: number;
  hit: Hit;
  negated: boolean;
  vague: boolean;
  area: Area;
}

export interface ElementDecision {
  status: ElementStatus;
  /** The candidates behind the status, in document order. */
  evidence: Candidate[];
  /** Present only because the policy states that the thing does not happen. */
  negated: boolean;
  /** Candidates that count, affirmative or not. */
  candidates: Candidate[];
}

export interface DetectionInput {
  document: PolicyDocument;
  scans: BlockScan[];
  structure: Structure;
  /** `block:sentence` keys of announced contacts with nothing behind them. */
  dangling: Set<string>;
  /** Blocks holding a match of each element, in order: only those need looking at. */
  blocksWith: Map<string, number[]>;
  /** Elements whose cues must speak of one of their subjects in this policy's language (see `subjects`). */
  subjectBound?: Set<string>;
  /** What tells a name from a kind or an office (`the practice`, `the Club Secretary`), from the languages' vocabulary. */
  words: NameWords;
}

/** How far a body cue's reach extends past its own block, and how much of a section a heading covers. */
const FOLLOWING_BLOCKS = 3;
const SECTION_BLOCKS = 80;
const EVIDENCE_LIMIT = 3;
const CONTENT_WORDS = 3;
const ROW_WORDS = 6;
const CANDIDATES_PER_BLOCK = 4;
/** What, in the sentence that introduces a list, makes the list items speak of its element. */
const INTRODUCING = new Set(['strong', 'heading', 'vague']);
/** What makes a weak cue count beside it: anything of its element but another weak cue. */
const BESIDE = new Set(['strong', 'heading', 'support', 'label', 'vague']);

/**
 * present: an affirmative candidate with what it needs in reach (or, where stating absence is the information, a
 * negated one); partial: only vague candidates, or candidates missing what they need when the element allows it;
 * absent otherwise.
 */
export function decideElement(definition: ElementDefinition, input: DetectionInput): ElementDecision {
  const candidates = collectCandidates(definition, input);
  const detection = definition.detection ?? {};
  const needs = detection.needs ?? [];
  const met = (candidate: Candidate): boolean => needs.length === 0 || needs.some((signal) => signalIn(signal, candidate, definition, input));

  const affirmative = candidates.filter((candidate) => !candidate.negated);
  const complete = affirmative.filter((candidate) => !candidate.vague && met(candidate));
  if (complete.length > 0) return { status: 'present', evidence: firstInOrder(complete), negated: false, candidates };
  const negated = candidates.filter((candidate) => candidate.negated);
  if (detection.negated === 'present' && negated.length > 0) return { status: 'present', evidence: firstInOrder(negated), negated: true, candidates };
  // `Wir geben Ihre Daten nicht an Dritte weiter`: a denial in a stating phrase says there is no one, unless it only
  // rules out one use (`we do not share it with advertisers for their marketing`).
  const none = detection.negated === 'none' ? negated.filter((candidate) => candidate.kind === 'body' && candidate.hit.group === 'strong' && !restrictedDenial(candidate, definition, input)) : [];
  if (none.length > 0) return { status: 'present', evidence: firstInOrder(none), negated: true, candidates };
  const vague = affirmative.filter((candidate) => candidate.vague);
  // A contact announced but never given is no contact at all, not a contact given badly.
  let touched = needs.includes('contact') ? affirmative.filter((candidate) => !reachesDangling(candidate, input)) : affirmative;
  // A complaint heading, or a complaint addressed to the controller's own channels, is not one to an authority.
  if (detection.selfAddressed === 'absent') touched = touched.filter((candidate) => !selfAddressed(candidate, input));
  if (vague.length > 0 || (touched.length > 0 && detection.otherwise === 'partial')) {
    return { status: 'partial', evidence: firstInOrder(vague.length > 0 ? vague : touched), negated: false, candidates };
  }
  return { status: 'absent', evidence: [], negated: false, candidates };
}

/**
 * Whether a denial rules out one kind of recipient or one use only: its sentence denies no one in general (a weak cue
 * of the element, `third parties`, `Dritte`, `derden`, denied with it), or names what it rules out (`detection.restrictedBy`:
 * a purpose such as marketing). `We do not share it with advertisers` says nothing of the others.
 */
function restrictedDenial(candidate: Candidate, definition: ElementDefinition, input: DetectionInput): boolean {
  const owners = definition.detection?.restrictedBy ?? [];
  const inSentence = (input.scans[candidate.block] as BlockScan).hits.filter((hit) => hit.sentence === candidate.hit.sentence);
  if (!inSentence.some((hit) => hit.owner === definition.id && hit.group === 'weak' && hit.negated)) return true;
  return inSentence.some((hit) => owners.includes(hit.owner) && (STATING_GROUPS.has(hit.group) || hit.group === 'label'));
}

/** Whether a candidate speaks only of the controller: not a strong cue in running text, or one whose sentence gives a channel. */
function selfAddressed(candidate: Candidate, input: DetectionInput): boolean {
  if (candidate.kind !== 'body' || candidate.hit.group !== 'strong') return true;
  return (input.scans[candidate.block] as BlockScan).channels.some((channel) => channel.sentence === candidate.hit.sentence);
}

function reachesDangling(candidate: Candidate, input: DetectionInput): boolean {
  return candidate.area.blocks.some((b) => (input.scans[b] as BlockScan).sentences.some((_, sentence) => input.dangling.has(`${b}:${sentence}`)));
}

function firstInOrder(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.block - b.block || a.hit.start - b.hit.start);
  // Two cues on the same words (a heading phrase that is also a strong one) are one piece of evidence.
  return sorted.filter((candidate, i) => i === 0 || candidate.block !== sorted[i - 1]!.block || candidate.hit.start !== sorted[i - 1]!.hit.start).slice(0, EVIDENCE_LIMIT);
}

function collectCandidates(definition: ElementDefinition, input: DetectionInput): Candidate[] {
  const { document, scans, structure, dangling } = input;
  const id = definition.id;
  const needsContact = definition.detection?.needs?.includes('contact') ?? false;
  // A channel is the whole of a contact element: a real one under the heading gives it, template text beside it or not.
  const channelOnly = isChannelElement(definition);
  const scopeKind = definition.detection?.scope ?? 'section';
  const candidates: Candidate[] = [];

  for (const [section, hits] of structure.headingHits) {
    if (isExcluded(structure, section, definition)) continue;
    for (const hit of hits) {
      if (hit.owner !== id) continue;
      const blocks = structure.content(section).slice(0, SECTION_BLOCKS);
      if (!hasContent(blocks, input, id, needsContact) || (!channelOnly && templated(blocks, input, id))) continue;
      if (!blocks.some((b) => aboutSubject(b, -1, definition, input))) continue;
      if (sharedHeadingEmpty(hits, blocks, definition, input)) continue;
      const block = document.sections[section]!.headingBlock;
      candidates.push({ kind: 'heading', block, hit, negated: hit.negated || (definition.detection?.negated === 'absent' && onlyDenied(blocks, input, id)), vague: false, area: { blocks } });
    }
  }

  for (const b of input.blocksWith.get(id) ?? []) {
    const block = document.blocks[b] as Block;
    const section = block.section;
    if (block.kind === 'heading' || isExcluded(structure, section, definition)) continue;
    const scan = scans[b] as BlockScan;
    const inScope = structure.scope[section]!.has(id) || structure.parentScope[section]!.has(id) || (structure.pseudoScope.get(b)?.has(id) ?? false);
    const pseudo = structure.pseudoHeadings.get(b);
    const intro = structure.listIntro.get(b);
    const introduced = intro !== undefined && (scans[intro] as BlockScan).hits.some((hit) => hit.owner === id && INTRODUCING.has(hit.group) && !hit.negated);

    const before = candidates.length;
    for (const hit of scan.hits) {
      // More cues of the same element in one block add nothing the first ones did not: they share its reach.
      if (candidates.length - before >= CANDIDATES_PER_BLOCK) break;
      if (hit.owner !== id) continue;
      if (!STATING_GROUPS.has(hit.group) || enumerated(hit, scan, block.text, definition) || yields(hit, scan, block.text, definition)) continue;
      if (announcesTemplate(b, hit, input, definition)) continue;
      if (needsContact && dangling.has(`${b}:${hit.sentence}`)) continue;
      if (pseudo && (hit.group === 'heading' || hit.group === 'strong')) {
        if (hasContent(pseudo, input, id, needsContact) && [b, ...pseudo].some((l) => aboutSubject(l, -1, definition, input))) candidates.push({ kind: 'heading', block: b, hit, negated: hit.negated, vague: false, area: { blocks: pseudo } });
        continue;
      }
      if (scan.labelEnd >= 0 && hit.end <= scan.labelEnd && (hit.group === 'heading' || hit.group === 'strong')) {
        if (menuRow(b, document)) continue;
        const rest = block.text.slice(scan.labelEnd + 1).trim();
        let listed = listedAfter(b, structure, document);
        // `Verantwoordelijk voor de verwerking van uw gegevens is:` alone over the address block: that block is its answer.
        if (rest.length === 0 && listed.length === 0) {
          const answer = introducedBlock(b, document);
          if (answer < 0) continue;
          listed = [answer];
        }
        if (![b, ...listed].some((l) => aboutSubject(l, -1, definition, input))) continue;
        // `Functionaris gegevensbescherming? Die hebben we niet aangesteld.`: the answer after the label denies it.
        const answerDenies = definition.detection?.negated === 'absent' && rest.length > 0 && deniedIn(scan, hit.sentence + 1, id) && !scan.hits.some((other) => other.owner === id && other.sentence === hit.sentence + 1 && STATING_GROUPS.has(other.group) && !other.negated);
        candidates.push({ kind: 'label', block: b, hit, negated: hit.negated || answerDenies, vague: false, area: { blocks: [b, ...listed], range: [scan.labelEnd + 1, block.text.length] } });
        continue;
      }
      const counts =
        hit.group === 'strong' ||
        hit.group === 'vague' ||
        inScope ||
        introduced ||
        inColumn(structure, b, hit, id) ||
        beside(hit, scan, block.text, definition);
      if (!counts || !aboutSubject(b, hit.sentence, definition, input)) continue;
      if (asideSection(section, definition, input) && !namesData(scan, hit.sentence, definition)) continue;
      // `… whether we are required to designate a data protection officer and have concluded that we are not. We have
      // not appointed one.`: the next sentence denies what this one only weighed.
      const deniedNext = definition.detection?.negated === 'absent' && deniedIn(scan, hit.sentence + 1, id) && !scan.hits.some((other) => other.owner === id && other.sentence === hit.sentence + 1 && STATING_GROUPS.has(other.group) && !other.negated);
      candidates.push({ kind: 'body', block: b, hit, negated: hit.negated || deniedNext, vague: hit.group === 'vague', area: bodyArea(b, hit, scopeKind, input, id) });
    }
  }

  // The address block at the head of the document states who the controller is and how to reach it (see findLetterheads).
  const letterhead = definition.detection?.letterhead;
  if (letterhead) {
    for (const [b, { name, lines }] of structure.letterheads) {
      if (isExcluded(structure, document.blocks[b]!.section, definition)) continue;
      const span = letterhead === 'name' ? name : [0, document.blocks[b]!.text.length];
      if (!span) continue;
      const hit: Hit = { owner: id, group: 'strong', start: span[0]!, end: span[1]!, sentence: sentenceAt(scans[b] as BlockScan, span[0]!), negated: false };
      candidates.push({ kind: 'body', block: b, hit, negated: false, vague: false, area: { blocks: [b, ...lines] } });
    }
  }

  for (const [b, cells] of structure.columns) {
    if (isExcluded(structure, document.blocks[b]!.section, definition)) continue;
    for (const cell of cells) {
      if (!cell.elements.has(id) || cell.span[1] - cell.span[0] === 0) continue;
      const hit: Hit = { owner: id, group: 'heading', start: cell.span[0], end: cell.span[1], sentence: sentenceAt(scans[b] as BlockScan, cell.span[0]), negated: false };
      candidates.push({ kind: 'column', block: b, hit, negated: false, vague: false, area: { blocks: [b], range: cell.span } });
    }
  }
  return candidates;
}

/**
 * Whether a heading that also announces another element (`What personal data we collect and why`, `Welche Daten wir
 * erheben und wofür`) has nothing of this one under it (`detection.sharedHeading`): over a list of data only,
 * it states no purpose.
 */
function sharedHeadingEmpty(hits: Hit[], blocks: number[], definition: ElementDefinition, input: DetectionInput): boolean {
  const shared = definition.detection?.sharedHeading;
  if (!shared) return false;
  const id = definition.id;
  if (!hits.some((hit) => shared.with.includes(hit.owner) && hit.group === 'heading' && !hit.negated)) return false;
  return !blocks.some((b) => (input.scans[b] as BlockScan).hits.some((hit) => hit.owner === id && !hit.negated && (STATING_GROUPS.has(hit.group) || hit.group === 'label')));
}

const headingAnswers = new WeakMap<BlockScan[], Map<string, boolean>>();

/**
 * Whether the nearest heading over a section that announces any element announces one of `others` and none of `own`,
 * once per policy, rule and section: the answer to `asideSection` and `foreignSection`.
 */
function nearestHeadingIsOthers(rule: string, section: number, others: readonly string[], own: ReadonlySet<string>, input: DetectionInput): boolean {
  let cache = headingAnswers.get(input.scans);
  if (!cache) headingAnswers.set(input.scans, (cache = new Map()));
  const key = `${rule}\u0000${section}`;
  let answer = cache.get(key);
  if (answer !== undefined) return answer;
  answer = false;
  for (let s = section; s >= 0; s = input.document.sections[s]!.parent) {
    const hits = input.structure.headingHits.get(s)?.filter((hit) => !hit.negated);
    if (!hits || hits.length === 0) continue;
    answer = hits.some((hit) => others.includes(hit.owner)) && !hits.some((hit) => own.has(hit.owner));
    break;
  }
  cache.set(key, answer);
  return answer;
}

/**
 * Whether the nearest heading over a section that announces any element announces one of `detection.asideUnder`
 * and not this element (`Security` over `In order to prevent unauthorised access we have…`, `Cookies` over `some
 * cookies are needed to make the site work`): there a cue speaks of the measure or the cookie, not of the element.
 */
function asideSection(section: number, definition: ElementDefinition, input: DetectionInput): boolean {
  const aside = definition.detection?.asideUnder;
  return aside !== undefined && nearestHeadingIsOthers(`aside:${definition.id}`, section, aside.headings, new Set([definition.id]), input);
}

/** What of an `asideUnder.unless` element names a kind of data: not a heading phrase (`the information we collect`). */
const NAMING = new Set(['strong', 'support', 'label']);

/** Whether a sentence names a kind of data (a cue of `asideUnder.unless`) or one of the element's own labels. */
function namesData(scan: BlockScan, sentence: number, definition: ElementDefinition): boolean {
  const unless = definition.detection?.asideUnder?.unless ?? [];
  if (unless.some((owner) => sentenceHits(scan, sentence, owner).some((hit) => !hit.negated && NAMING.has(hit.group)))) return true;
  return sentenceHits(scan, sentence, definition.id).some((hit) => hit.group === 'label' && !hit.negated);
}

/**
 * Whether a sentence of a block (or, with -1, the block) speaks of what the element is about, where its language lists
 * subjects: `Solche Links sind mit einem Sternchen markiert` or `we are not obliged to appoint a data protection
 * officer` state no requirement to provide data. The sentence before counts too (`You must show an identity document.
 * Without it we cannot…`), and a cue of an element it takes support from (a kind of data) is a subject as well.
 */
function aboutSubject(b: number, sentence: number, definition: ElementDefinition, input: DetectionInput): boolean {
  if (!input.subjectBound?.has(definition.id)) return true;
  const from = definition.detection?.supportFrom ?? [];
  return (input.scans[b] as BlockScan).hits.some(
    (hit) =>
      (sentence < 0 || hit.sentence === sentence || hit.sentence === sentence - 1) &&
      !hit.negated &&
      ((hit.owner === definition.id && hit.group === 'subject') || (from.includes(hit.owner) && BESIDE.has(hit.group))),
  );
}

/**
 * Whether a cue's sentence only announces what follows (`I dati saranno trattati per le seguenti finalità:`, `We use
 * your data for the following purposes:`) and nothing stands behind it (see announcesNothing): the announcement states
 * nothing. The sentence must close its block on a colon. Where what it announces is a contact channel (`può chiedere
 * la cancellazione dei dati scrivendo a:`), only that channel is missing: an element with
 * `detection.statedBeforeChannel` (a right, stated before the channel) is still stated there.
 */
function announcesTemplate(b: number, hit: Hit, input: DetectionInput, definition: ElementDefinition): boolean {
  const scan = input.scans[b] as BlockScan;
  const sentence = scan.sentences[hit.sentence];
  if (!sentence || !announcesNothing(b, input)) return false;
  if (definition.detection?.statedBeforeChannel && input.dangling.has(`${b}:${hit.sentence}`)) return false;
  return (input.document.blocks[b] as Block).text.trimEnd().slice(sentence[1]).replace(/^:/, '').trim() === '';
}

/**
 * A table row standing alone with three or more cells (`Manual & automatic lessons | Intensive courses | Pass Plus`
 * under a site's name) is a menu of the site, not a label and its value: its first cell names a page, not a subject.
 */
function menuRow(b: number, document: PolicyDocument): boolean {
  const block = document.blocks[b] as Block;
  if (block.kind !== 'table-row' || (block.cells?.length ?? 0) < 3) return false;
  return document.blocks[b - 1]?.kind !== 'table-row' && document.blocks[b + 1]?.kind !== 'table-row';
}

/** The block that a block ending in a colon introduces, in the same section and not a heading, or -1. */
function introducedBlock(b: number, document: PolicyDocument): number {
  const next = document.blocks[b + 1];
  const introduces = next !== undefined && next.kind !== 'heading' && next.section === document.blocks[b]!.section && document.blocks[b]!.text.trimEnd().endsWith(':');
  return introduces ? b + 1 : -1;
}

/**
 * Whether a block closes on a colon with nothing behind it: the next block of its section holds template text alone
 * (`[DESCRIBE THE PURPOSES]`, `[doel 1]`), or the section ends right there (the document ends, or the next block is a
 * heading that opens no subsection of it), as when a template's list was left empty before the next heading. A
 * heading over such a block has nothing under it either (see hasContent).
 */
function announcesNothing(b: number, input: DetectionInput): boolean {
  const { document, scans } = input;
  const block = document.blocks[b] as Block;
  // endsWith, not /:\s*$/: that regex retries at every colon of a long block, which a hostile page makes quadratic.
  if (block.kind === 'heading' || !block.text.trimEnd().endsWith(':')) return false;
  const next = document.blocks[b + 1];
  if (!next) return true;
  if (next.kind === 'heading') return !inSection(document, next.section, block.section);
  if (next.section !== block.section) return false;
  const nextScan = scans[b + 1] as BlockScan;
  return nextScan.placeholders.length > 0 && nextScan.words === 0;
}

/** Whether section `inner` is `outer` or one of its subsections. */
function inSection(document: PolicyDocument, inner: number, outer: number): boolean {
  for (let s = inner; s >= 0; s = document.sections[s]!.parent) {
    if (s === outer) return true;
    if (s === 0) break;
  }
  return false;
}

function isExcluded(structure: Structure, section: number, definition: ElementDefinition): boolean {
  const excluded = structure.excluded[section]!;
  return excluded.has(definition.id) || (excluded.has(ANY_ELEMENT) && !definition.detection?.documentWide);
}

/**
 * Whether a cue is only one item of an enumeration of alternatives (`detection.enumeration`): named among other
 * labels, with nothing of its own said in the sentence.
 */
function enumerated(hit: Hit, scan: BlockScan, text: string, definition: ElementDefinition): boolean {
  const rule = definition.detection?.enumeration;
  if (!rule) return false;
  if (sentenceHits(scan, hit.sentence, definition.id).some((other) => other.group === 'support')) return false;
  const named = new Set<string>();
  for (const sentence of clauseList(scan, text, hit.sentence)) {
    for (const other of sentenceHits(scan, sentence, rule.labelsOf)) {
      if (other.label && other.label !== definition.id) named.add(other.label);
      if (named.size >= rule.minimum) return true;
    }
  }
  return false;
}

/**
 * Whether a cue in running text is part of what another element states (`detection.yieldsTo`): `an wen sie
 * weitergegeben wurden` inside the right of access, `an einen anderen Verantwortlichen` inside the right to data
 * portability name no recipient; `where required by law` in a list of disclosures is the controller's duty, not a
 * requirement to provide data.
 */
function yields(hit: Hit, scan: BlockScan, text: string, definition: ElementDefinition): boolean {
  const rules = definition.detection?.yieldsTo;
  if (!rules) return false;
  for (const rule of rules) {
    if (rule.cues && !rule.cues.includes(hit.group as 'heading')) continue;
    const by = rule.by ?? ['strong'];
    for (const sentence of clauseList(scan, text, hit.sentence)) {
      for (const owner of rule.owners) {
        if (sentenceHits(scan, sentence, owner).some((other) => !other.negated && by.includes(other.group as 'heading'))) return true;
      }
    }
  }
  return false;
}

/**
 * The sentences of the list of clauses a sentence belongs to: a semicolon ends a sentence, but `contract; legal
 * obligation; consent; legitimate interest` is still one enumeration.
 */
function clauseList(scan: BlockScan, text: string, sentence: number): number[] {
  const joined = (i: number): boolean => {
    const next = scan.sentences[i + 1];
    if (!next) return false;
    const gap = text.slice((scan.sentences[i] as [number, number])[1] - 1, next[0]);
    return gap.includes(';') && !/[.!?]/.test(gap);
  };
  let first = sentence;
  while (first > 0 && joined(first - 1)) first--;
  let last = sentence;
  while (joined(last)) last++;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

const hitIndexes = new WeakMap<BlockScan, Map<string, Hit[]>>();

/**
 * The hits of one owner in one sentence of a block that can stand beside a weak cue (strong, heading, support,
 * label, vague), or under `vendor` every named service: indexed once per block, so that checking a sentence never
 * walks the whole block.
 */
function sentenceHits(scan: BlockScan, sentence: number, owner: string): Hit[] {
  let index = hitIndexes.get(scan);
  if (!index) {
    index = new Map();
    for (const hit of scan.hits) {
      if (hit.group !== 'vendor' && !BESIDE.has(hit.group)) continue;
      const key = `${hit.sentence}\u0000${hit.group === 'vendor' ? 'vendor' : hit.owner}`;
      const list = index.get(key);
      if (list) list.push(hit);
      else index.set(key, [hit]);
    }
    hitIndexes.set(scan, index);
  }
  return index.get(`${sentence}\u0000${owner}`) ?? [];
}

/**
 * A heading counts only when something is written under it: announced contacts with nothing behind them are not,
 * nor sentences on the element's false friend (`Cookies` over `cookies are described in a separate policy`).
 */
function hasContent(blocks: number[], input: DetectionInput, id: string, needsContact: boolean): boolean {
  const exclusionsOf = (b: number): Hit[] => (input.scans[b] as BlockScan).hits.filter((hit) => hit.owner === id && hit.group === 'exclusion');
  // Under a heading that points elsewhere for its subject, only what still speaks of the element is content.
  const pointed = blocks.some((b) => exclusionsOf(b).length > 0);
  return blocks.some((b) => {
    const scan = input.scans[b] as BlockScan;
    if (scan.words < CONTENT_WORDS) return !pointed && (scan.channels.length > 0 || scan.durations.length > 0) && scan.placeholders.length === 0;
    // A false friend can run over two sentences (`This site uses cookies. See our cookie policy.`): all are aside.
    const aside = exclusionsOf(b);
    const isAside = ([start, end]: [number, number]): boolean => aside.some((hit) => hit.start < end && hit.end > start);
    const speaks = (sentence: number): boolean => !pointed || scan.hits.some((hit) => hit.owner === id && hit.sentence === sentence && hit.group !== 'exclusion');
    // A closing announcement with nothing behind it (`The data are processed for the following purposes:` right before
    // the next heading) is no content: the heading over it is as empty as one with nothing under it.
    const announced = announcesNothing(b, input) ? scan.sentences.length - 1 : -1;
    return scan.sentences.some((span, sentence) => sentence !== announced && !isAside(span) && speaks(sentence) && !(needsContact && input.dangling.has(`${b}:${sentence}`)));
  });
}

/**
 * Whether the section under a heading states its element only as template text (`Who we are` over `The controller is
 * [Company name]`): the heading announces what the template was to say, so only real cues elsewhere count, not an
 * e-mail address or a link that happens to stand in the same section.
 */
function templated(blocks: number[], input: DetectionInput, id: string): boolean {
  return blocks.some((b) => (input.scans[b] as BlockScan).templated.includes(id));
}

/**
 * Whether what is written under a heading speaks of its element only to deny it (`Data protection officer` over `We
 * have not appointed one`, `Legitimate interests` over `we do not rely on them`): then the heading states the absence
 * too. Content that never names the element again (a name and an e-mail address under the heading) is no denial.
 * Only for elements that declare `detection.negated: absent`: for the others a heading over `we share with no one`
 * still states what the policy says on the subject.
 */
function onlyDenied(blocks: number[], input: DetectionInput, id: string): boolean {
  let denied = false;
  for (const b of blocks) {
    for (const hit of (input.scans[b] as BlockScan).hits) {
      if (hit.owner !== id || !STATING_GROUPS.has(hit.group)) continue;
      if (!hit.negated) return false;
      denied = true;
    }
  }
  // `Functionaris gegevensbescherming?` over `Die hebben we niet aangesteld, omdat …`: the answer refers back to the
  // heading with a pronoun, so it names the element nowhere and still denies it.
  const first = blocks[0];
  return denied || (first !== undefined && deniedIn(input.scans[first] as BlockScan, 0, id));
}

/** Whether a sentence of a block holds one of the element's negation phrases. */
function deniedIn(scan: BlockScan, sentence: number, id: string): boolean {
  return scan.denials.some((denial) => denial.owner === id && denial.sentence === sentence);
}

function listedAfter(block: number, structure: Structure, document: PolicyDocument): number[] {
  const listed: number[] = [];
  for (let b = block + 1; b < document.blocks.length && structure.listIntro.get(b) === block; b++) listed.push(b);
  return listed;
}

function inColumn(structure: Structure, block: number, hit: Hit, id: string): boolean {
  return (structure.columns.get(block) ?? []).some((cell) => cell.elements.has(id) && hit.start >= cell.span[0] && hit.end <= cell.span[1]);
}

/** Support of an element: its support phrases and labels, named services and the cues of elements it takes them from. */
function supports(hit: Hit, definition: ElementDefinition): boolean {
  if (hit.group === 'vendor') return definition.detection?.services === true;
  if (hit.owner === definition.id) return hit.group === 'support' || hit.group === 'label';
  return (definition.detection?.supportFrom?.includes(hit.owner) ?? false) && BESIDE.has(hit.group);
}

function spanWords(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end).toLowerCase();
}

const wordGroups = new WeakMap<Hit[], Map<string, Hit[]>>();

/**
 * The hits of a sentence grouped by their words, once per list: a sentence repeating one cue thousands of times (a
 * hostile page) then costs one group, not a comparison of every hit with every other.
 */
function byWords(hits: Hit[], text: string): Map<string, Hit[]> {
  let groups = wordGroups.get(hits);
  if (!groups) {
    groups = new Map();
    for (const hit of hits) {
      const words = spanWords(text, hit);
      const group = groups.get(words);
      if (group) group.push(hit);
      else groups.set(words, [hit]);
    }
    wordGroups.set(hits, groups);
  }
  return groups;
}

/** A weak cue also counts beside another cue of its element, or beside what the element needs, in the same sentence. */
function beside(hit: Hit, scan: BlockScan, text: string, definition: ElementDefinition): boolean {
  const needs = definition.detection?.needs ?? [];
  const sameSentence = (other: { sentence: number }): boolean => other.sentence === hit.sentence;
  // The same words again (`automatically … automatically`) corroborate nothing.
  const own = spanWords(text, hit);
  const apart = (hits: Hit[]): boolean => {
    for (const [words, group] of byWords(hits, text)) {
      if (words !== own && group.some((other) => other.start >= hit.end || other.end <= hit.start)) return true;
    }
    return false;
  };
  if (apart(sentenceHits(scan, hit.sentence, definition.id))) return true;
  if (definition.detection?.services && sentenceHits(scan, hit.sentence, 'vendor').length > 0) return true;
  for (const other of definition.detection?.supportFrom ?? []) if (sentenceHits(scan, hit.sentence, other).some((near) => adjacent(near, hit, text))) return true;
  return (
    (needs.includes('duration') && scan.durations.some(sameSentence)) ||
    (needs.includes('contact') && scan.channels.some((channel) => reaches(channel, definition) && sameSentence(channel) && !formAsSource(channel, scan, definition))) ||
    (needs.includes('date') && scan.dates.some(sameSentence))
  );
}

/** How many words may stand between a weak cue and the kind of data it speaks of (`Your phone number is optional`). */
const ADJACENT_WORDS = 4;

/**
 * Whether a cue of another element stands right beside a weak cue, in the same clause: `Your phone number is
 * optional`, `L'indirizzo email è obbligatorio`, not `(only the details needed: name, shade)` nor `racial origin (for
 * equality monitoring, which is voluntary)`, where a list of data is only nearby. Punctuation between them ends the
 * clause; a few words (a copula, an article, `para recibir avisos`) do not.
 */
function adjacent(other: Hit, hit: Hit, text: string): boolean {
  if (other.start < hit.end && other.end > hit.start) return false;
  const gap = other.end <= hit.start ? text.slice(other.end, hit.start) : text.slice(hit.end, other.start);
  if (gap.length > 80 || /[,;:()[\]–—]|\s-\s/.test(gap)) return false;
  return gap.split(/\s+/).filter(Boolean).length <= ADJACENT_WORDS;
}

function bodyArea(block: number, hit: Hit, scope: 'sentence' | 'block' | 'section', input: DetectionInput, id: string): Area {
  if (scope === 'sentence') return { blocks: [block], sentence: hit.sentence };
  if (scope === 'block') {
    // `The controller is:` over the address block: the block it introduces is its own.
    const answer = introducedBlock(block, input.document);
    return { blocks: answer < 0 ? [block] : [block, answer] };
  }
  const { document, structure } = input;
  const blocks = [block];
  const section = document.blocks[block]!.section;
  for (let b = block + 1; b < document.blocks.length && blocks.length <= FOLLOWING_BLOCKS; b++) {
    const next = document.blocks[b] as Block;
    if (next.kind === 'heading' || next.section !== section) break;
    blocks.push(b);
  }
  const announcing = announcingSection(section, id, input);
  if (announcing >= 0) for (const b of structure.content(announcing).slice(0, SECTION_BLOCKS)) if (!blocks.includes(b)) blocks.push(b);
  return { blocks };
}

/** The nearest section at or above this one whose heading announces the element, or -1. */
function announcingSection(section: number, id: string, input: DetectionInput): number {
  const { document, structure } = input;
  for (let s = section; s >= 0; s = document.sections[s]!.parent) {
    if (structure.headingHits.get(s)?.some((hit) => hit.owner === id && !hit.negated)) return s;
  }
  return -1;
}

function sentenceAt(scan: BlockScan, offset: number): number {
  const index = scan.sentences.findIndex(([, end]) => offset < end);
  return index < 0 ? Math.max(scan.sentences.length - 1, 0) : index;
}

/** Whether something found in the `position`-th block of an area lies inside it (only the first block is restricted). */
function within(area: Area, position: number, item: { start: number; sentence: number }): boolean {
  if (position > 0) return true;
  if (area.range && (item.start < area.range[0] || item.start >= area.range[1])) return false;
  return area.sentence === undefined || item.sentence === area.sentence;
}

/** An element that is a way to reach someone (it needs a channel and nothing else): the controller's or the DPO's contact. */
function isChannelElement(definition: ElementDefinition): boolean {
  const needs = definition.detection?.needs ?? [];
  return needs.length === 1 && needs[0] === 'contact';
}

/**
 * Whether a channel counts for an element. A way to reach someone is an e-mail address, a phone number, a postal
 * address or a form: a bare link to a website (`Our website address is: https://…`) is not, unless it leads to a
 * contact page or form. Beside a name, a website still places who is named (`run by X, https://x.example`).
 */
function reaches(channel: Channel, definition: ElementDefinition, candidate?: Candidate): boolean {
  return channel.kind !== 'url' || channel.contactPage === true || (!isChannelElement(definition) && candidate?.kind !== 'heading');
}

/**
 * Whether a form is named only as where data comes from (`detection.sourceForms`): its sentence speaks of the data
 * entered in it, its origin, how long it is kept (`Was Sie uns über das Kontaktformular schicken, speichern wir`,
 * `data you give us when you fill in the contact form`), not of a way to reach anyone.
 */
function formAsSource(channel: Channel, scan: BlockScan, definition: ElementDefinition): boolean {
  const owners = definition.detection?.sourceForms;
  if (channel.kind !== 'form' || !owners) return false;
  return scan.hits.some((hit) => hit.sentence === channel.sentence && owners.includes(hit.owner) && STATING_GROUPS.has(hit.group) && !hit.negated);
}

/**
 * Whether a channel belongs to another party than the element's (`detection.foreignChannels`): its sentence names that
 * party (`U kunt de FG bereiken per e-mail: …`, `puede dirigirse al Delegado de Protección de Datos … en dpd@…`), or
 * the nearest heading over it announces that party alone (`Datenschutzbeauftragter` over the officer's address lines).
 * A cue inside the channel itself (`dpo@firma.example`) names no one.
 */
function foreignChannel(b: number, channel: Channel, definition: ElementDefinition, input: DetectionInput): boolean {
  const foreign = definition.detection?.foreignChannels;
  if (!foreign) return false;
  const scan = input.scans[b] as BlockScan;
  const inChannel = (hit: Hit): boolean => scan.channels.some((other) => hit.start < other.end && hit.end > other.start);
  if (scan.hits.some((hit) => hit.sentence === channel.sentence && foreign.owners.includes(hit.owner) && BESIDE_OR_STATING.has(hit.group) && !hit.negated && !inChannel(hit))) return true;
  // `Anbieter ist die Google Ireland Limited, Gordon House, Barrow Street, Dublin 4`: the address of a named service.
  if (foreign.services && channel.kind === 'postal' && scan.hits.some((hit) => hit.group === 'vendor' && hit.sentence === channel.sentence && hit.end <= channel.start && channel.start - hit.end <= SERVICE_ADDRESS_GAP)) return true;
  return foreignLines(b, channel, definition, input) ?? foreignSection(input.document.blocks[b]!.section, definition, input);
}

/**
 * In an address set out line by line (`Örtlich Beauftragter für den Datenschutz` / name / street / `Telefon: …`), or
 * under the sentence that introduces it (`Sie erreichen ihn wie folgt:`), whether the nearest line above the channel
 * that names a party names the other one: true or false there, undefined when no line names anyone.
 */
function foreignLines(b: number, channel: Channel, definition: ElementDefinition, input: DetectionInput): boolean | undefined {
  const foreign = definition.detection?.foreignChannels;
  const own = new Set([definition.id, ...(foreign?.sharedWith ?? [])]);
  const { document, scans } = input;
  const section = document.blocks[b]!.section;
  const names = (p: number, from = 0, to = Infinity): boolean | undefined => {
    const scan = scans[p] as BlockScan;
    const hits = scan.hits.filter((hit) => !hit.negated && hit.sentence >= from && hit.sentence <= to && !scan.channels.some((channel) => hit.start < channel.end && hit.end > channel.start));
    if (hits.some((hit) => own.has(hit.owner) && (hit.group === 'heading' || hit.group === 'strong'))) return false;
    if (hits.some((hit) => foreign?.owners.includes(hit.owner) && BESIDE_OR_STATING.has(hit.group))) return true;
    return undefined;
  };
  // Lines of one block: the nearest line above the channel that names a party.
  if (document.blocks[b]!.text.includes('\n') && (scans[b] as BlockScan).words <= ADDRESS_BLOCK_WORDS) {
    for (let sentence = channel.sentence; sentence >= 0; sentence--) {
      const said = names(b, sentence, sentence);
      if (said !== undefined) return said;
    }
  }
  let p = b;
  for (; p >= 0 && b - p < ADDRESS_LINES; p--) {
    const block = document.blocks[p] as Block;
    if (block.kind === 'heading' || block.section !== section) return undefined;
    if (p < b && (scans[p] as BlockScan).words > ADDRESS_LINE_WORDS) break;
    const said = names(p);
    if (said !== undefined) return said;
  }
  // The sentence that closes on a colon right above the lines speaks for them.
  if (p < 0 || p === b) return undefined;
  const intro = document.blocks[p] as Block;
  if (intro.kind === 'heading' || intro.section !== section || !intro.text.trimEnd().endsWith(':')) return undefined;
  const scan = scans[p] as BlockScan;
  return names(p, Math.max(0, scan.sentences.length - 2));
}

/** Characters at most between a service's name and its address (`Google Ireland Limited, Gordon House`). */
const SERVICE_ADDRESS_GAP = 40;

/** An address set out line by line: a name, a street, a town, a channel, each a few words. */
const ADDRESS_LINES = 10;
const ADDRESS_LINE_WORDS = 8;
const ADDRESS_BLOCK_WORDS = 60;

const BESIDE_OR_STATING = new Set(['heading', 'strong', 'weak', 'support', 'label']);

function foreignSection(section: number, definition: ElementDefinition, input: DetectionInput): boolean {
  const foreign = definition.detection?.foreignChannels;
  if (!foreign) return false;
  return nearestHeadingIsOthers(`foreign:${definition.id}`, section, foreign.owners, new Set([definition.id, ...(foreign.sharedWith ?? [])]), input);
}

/** Whether a signal is found in a candidate's area. */
function signalIn(signal: Signal, candidate: Candidate, definition: ElementDefinition, input: DetectionInput): boolean {
  const { area } = candidate;
  return area.blocks.some((b, i) => {
    const scan = input.scans[b] as BlockScan;
    const inArea = (item: { start: number; sentence: number }): boolean => within(area, i, item);
    switch (signal) {
      case 'contact':
        return scan.channels.some((channel) => reaches(channel, definition, candidate) && inArea(channel) && !formAsSource(channel, scan, definition) && !foreignChannel(b, channel, definition, input));
      case 'duration':
        return scan.durations.some(inArea);
      case 'date':
        return scan.dates.some(inArea);
      case 'support': {
        const text = (input.document.blocks[b] as Block).text;
        const naming = definition.detection?.supportNames === true;
        const named = (hit: Hit): boolean => !naming || hit.owner !== definition.id || (!serviceCompany(hit, text, scan) && (namesSomeone(hit, text, scan, input.words) || namedKinds(definition.id, input).has(kindOf(hit, text, input.words.functionWords))));
        return scan.hits.some((hit) => supports(hit, definition) && inArea(hit) && named(hit));
      }
      case 'row': {
        const block = input.document.blocks[b] as Block;
        if (candidate.kind === 'heading') return scan.words >= ROW_WORDS + 2;
        return i === 0 && (block.kind === 'list-item' || block.kind === 'table-row' || candidate.kind === 'label') && scan.words >= ROW_WORDS;
      }
    }
  });
}

/**
 * Whether a legal form closes the name of a named service's provider (`Anbieter ist die Google Inc.`, `Google Ireland
 * Limited`, `Facebook Inc., 1 Hacker Way`): the company it names runs that service, not the site.
 */
function serviceCompany(hit: Hit, text: string, scan: BlockScan): boolean {
  return scan.hits.some((other) => other.group === 'vendor' && other.sentence === hit.sentence && other.end <= hit.start && hit.start - other.end <= SERVICE_NAME_GAP && SERVICE_NAME_REST.test(text.slice(other.end, hit.start)));
}

/** Characters at most between a service's name and the legal form of its provider (`Google` … `Ireland Limited`). */
const SERVICE_NAME_GAP = 24;
const SERVICE_NAME_REST = /^(?:\s+[\p{Lu}][\p{L}.&-]*){0,2}\s*$/u;

/** Between a kind of organisation and its name (`Praxis am Mühlbach`, `Studio di Rossi`, `Society of Friends`): at most two. */
const NAME_JOINERS = 2;

/** A word that can be part of a proper name: capitalised or a number, and not a function word. */
function nameWord(word: string, words: NameWords): boolean {
  return /^[\p{Lu}\d]/u.test(word) && !words.functionWords.has(word.toLowerCase());
}

/**
 * Whether a support cue names someone: it is a name itself (two capitalised words or more past its articles, `Clínica
 * Veterinaria San Antón`), or a proper name or a number stands right after it (`Praxis Dr. Weber`, `Inhaber: Jan
 * Kowalski`, `Handelsregister HRB 1234`, `Gemeinde am Berg`) or right before it (`Acme GmbH`, `Millbrook Football Club`).
 * A kind or a role alone (`die Praxis`, `The Club`, `la clínica que…`, `Praxis | Team | Kontakt` in a menu, `partita
 * IVA)`) names no one.
 */
function namesSomeone(hit: Hit, text: string, scan: BlockScan, words: NameWords): boolean {
  const { functionWords, roleTitles } = words;
  if (scan.placeholders.some((span) => span.start < hit.end + 2 && span.end > hit.start - 2)) return false;
  const own = text.slice(hit.start, hit.end).split(/\s+/).filter(Boolean);
  while (own.length > 0 && functionWords.has(own[0]!.toLowerCase())) own.shift();
  // A run of capitalised words is a name or not by itself: `Studio Rossi`, not `Allegato B` nor `UE 2016/679`.
  if (own.length >= 2 && nameWord(own[0]!, words) && nameWord(own[own.length - 1]!, words) && own.every((word) => nameWord(word, words) || functionWords.has(word.toLowerCase()))) {
    const named = own.filter((word) => nameWord(word, words) && word.length >= 2);
    return named.length >= 2 && named.some((word) => /\p{Ll}{2}/u.test(word));
  }
  // `Dr. med. dent. Anna Kessler`: abbreviated titles stand between a title and the name as articles do.
  const after = text.slice(hit.end, hit.end + 80).replace(/^\.?\s*(?::\s*)?(?:[-–]\s+)?/, '').split(/\s+/);
  for (let i = 0, joined = 0; i < after.length && joined <= NAME_JOINERS; i++) {
    const word = after[i]!.replace(/^["“„«(]/, '');
    if (i === 0 && roleTitles.has(word.replace(/[.,;:!?)]+$/, '').toLowerCase())) break;
    if (nameWord(word, words) && /^[\p{L}\d]/u.test(word)) return true;
    if (/^\p{Ll}{1,5}\.$/u.test(word)) continue;
    if (!functionWords.has(word.toLowerCase())) break;
    joined++;
  }
  const lead = shortFormLead(hit, text);
  const before = /([\p{L}\d][\p{L}\d&'’.-]*)\s+$/u.exec(lead);
  return before !== null && nameWord(before[1]!, words);
}

/**
 * The text before a cue, where a kind in quotes after a name (`Hollins Park Juniors FC ("the club")`, `[Club Name]
 * ("the Club")`) is the name's short form: the name then stands right before.
 */
function shortFormLead(hit: Hit, text: string): string {
  return text.slice(Math.max(0, hit.start - 60), hit.start).replace(/\(\s*(?:[\p{L}-]+\s+){0,2}["“„«'‘]\s*(?:the|der|die|das|le|la|l'|el|il|lo|de|het)?\s*$/iu, ' ');
}

/** A support cue's words without its articles, lower-cased: the kind of organisation it names (`practice`, `gemeente`). */
function kindOf(hit: Hit, text: string, functionWords: Set<string>): string {
  const words = text.slice(hit.start, hit.end).toLowerCase().split(/\s+/).filter(Boolean);
  while (words.length > 1 && functionWords.has(words[0]!)) words.shift();
  return words.join(' ');
}

/** A menu or a breadcrumb trail: short items between bars or arrows (`Home › Club Info › Privacy`, `Praxis | Team`). */
const NAVIGATION = /^[^.!?]{0,60}\s[|›»·>]\s[^.!?]{0,60}\s[|›»·>]\s[^.!?]{0,200}$/;

/** The short form given to a name (`("the Club")`, `(nachfolgend „Verein“)`): its last word. */
const SHORT_FORM = /^\s*\(\s*(?:[\p{L}-]+\s+){0,2}["“„«'‘]\s*(?:the |der |die |das |le |la |l'|el |il |lo |de |het )?\s*([\p{L}-]+)["”“»'’]?\s*\)/iu;

const namedKindCache = new WeakMap<BlockScan[], Map<string, Set<string>>>();

/**
 * The kinds of organisation a policy names somewhere in its running text (`Elmfield Dental Practice is a partnership
 * of…`, `De gemeente Westerbroek voert…`): there `the practice` or `de gemeente` refers back to that name. A kind named
 * only in a title or a menu, or never, still names no one.
 */
function namedKinds(id: string, input: DetectionInput): Set<string> {
  let byElement = namedKindCache.get(input.scans);
  if (!byElement) namedKindCache.set(input.scans, (byElement = new Map()));
  let kinds = byElement.get(id);
  if (kinds) return kinds;
  kinds = new Set();
  const blanks = new Set<string>();
  for (const b of input.blocksWith.get(id) ?? []) {
    const block = input.document.blocks[b] as Block;
    if (block.kind === 'heading' || NAVIGATION.test(block.text)) continue;
    const scan = input.scans[b] as BlockScan;
    for (const hit of scan.hits) {
      if (hit.owner !== id || hit.group !== 'support' || hit.negated) continue;
      if (namesSomeone(hit, block.text, scan, input.words)) kinds.add(kindOf(hit, block.text, input.words.functionWords));
    }
    // `[Club Name] ("the Club")`: the short form of a name left blank refers back to no one.
    for (const span of scan.placeholders) {
      const short = SHORT_FORM.exec(block.text.slice(span.end, span.end + 40));
      if (short) blanks.add(short[1]!.toLowerCase());
    }
  }
  for (const kind of blanks) kinds.delete(kind);
  byElement.set(id, kinds);
  return kinds;
}

/** Durations found where a set of candidates reaches (the retention periods a policy states). */
export function durationsIn(candidates: Candidate[], input: DetectionInput): number[] {
  const days = new Set<number>();
  for (const candidate of candidates) {
    if (candidate.negated) continue;
    candidate.area.blocks.forEach((b, i) => {
      for (const duration of (input.scans[b] as BlockScan).durations) if (within(candidate.area, i, duration)) days.add(duration.days);
    });
  }
  return [...days].sort((a, b) => a - b);
}

/** The first date a set of candidates reaches. */
export function dateIn(candidates: Candidate[], input: DetectionInput): string | null {
  for (const candidate of [...candidates].sort((a, b) => a.block - b.block)) {
    for (const [i, b] of candidate.area.blocks.entries()) {
      const date = (input.scans[b] as BlockScan).dates.find((d) => within(candidate.area, i, d));
      if (date) return date.iso;
    }
  }
  return null;
}
