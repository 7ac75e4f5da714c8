/**
 * Second pass: what the document's structure says about each block. A cue in a heading announces its element for
 * the whole section below; a broader heading (`your rights`) makes the short forms of its members count; a table
 * header names what its column holds; a sentence ending in a colon introduces the list that follows.
 */
import type { Block, PolicyDocument } from '../document/model.js';
import { endsWithColon } from './cues-text.js';
import type { BlockScan, Hit } from './detect-scan.js';

export interface Structure {
  /** Elements announced by each section's heading or an ancestor's (a document title announces nothing). */
  scope: Set<string>[];
  /** Elements whose broader heading covers each section. */
  parentScope: Set<string>[];
  /**
   * Elements whose false friend heads each section (`Responsabile del trattamento` heads a processor's section), or
   * `*` for every element under a section that only defines terms.
   */
  excluded: Set<string>[];
  /** Heading hits that announce an element, by section. */
  headingHits: Map<number, Hit[]>;
  /** For table rows under a header: the span of each cell in the row's text and the elements its column holds. */
  columns: Map<number, { span: [number, number]; elements: Set<string> }[]>;
  /** For list items: the block that introduces the list (`…the following recipients:`). */
  listIntro: Map<number, number>;
  /** Content blocks (headings excluded) of a section and its subsections, in order. */
  content: (section: number) => number[];
  /** Short unpunctuated paragraphs that work as headings (bold lines in HTML, title lines in text): the blocks they cover. */
  pseudoHeadings: Map<number, number[]>;
  /** For blocks under a pseudo-heading: the elements it announces, itself or as a broader heading (`What are my rights?`). */
  pseudoScope: Map<number, Set<string>>;
  /**
   * Address blocks at the head of the document (`Club X / Street 2, 1234 AB Town / info@…`), before any heading that
   * announces a subject: the block and the span of its name line (the line above the address), or null without one.
   */
  letterheads: Map<number, Letterhead>;
}

const ANNOUNCING = new Set(['heading', 'strong']);
/** What a pseudo-heading may hold to give the blocks under it a scope: its element's cues, or a broader heading's. */
const SCOPING = new Set(['heading', 'strong', 'parent']);
export const ANY_ELEMENT = '*';
/** A numbered heading: `1. Inhalt`, `2) Links`, `II. Haftung`. */
const NUMBERED = /^\s*(?:\d{1,2}|[IVX]{1,4})[.)]\s/;
const PSEUDO_HEADING_WORDS = 8;
const PSEUDO_SECTION_BLOCKS = 12;
/** A letterhead is among the first few paragraphs, short, and gives an address with at least one more channel. */
const LETTERHEAD_BLOCKS = 3;
const LETTERHEAD_WORDS = 60;
/** A letterhead set out line by line: at most this many lines after the name, each a few words. */
const LETTERHEAD_LINES = 7;
const LETTERHEAD_LINE_WORDS = 8;

/** A letterhead: the organisation's name (its first line, when it has one of its own) and the lines that follow it. */
export interface Letterhead {
  name: [number, number] | null;
  lines: number[];
}

/** Reads the section tree, tables, introduced lists and pseudo-headings once for all elements. */
export function analyseStructure(document: PolicyDocument, scans: BlockScan[]): Structure {
  const { sections, blocks } = document;
  const title = titleSection(document);
  const scope: Set<string>[] = [];
  const parentScope: Set<string>[] = [];
  const excluded: Set<string>[] = [];
  const headingHits = new Map<number, Hit[]>();
  // A skipped heading with nothing of its own under it, over numbered headings at its level (`Haftungsausschluss` over
  // `1. Inhalt des Onlineangebotes`, `2. Verweise und Links`): those are its parts, skipped with it.
  let skippedRun = -1;
  for (const section of sections) {
    const parent = section.parent >= 0 ? section.parent : -1;
    const inherited = parent >= 0 ? (scope[parent] as Set<string>) : new Set<string>();
    const inheritedParents = parent >= 0 ? (parentScope[parent] as Set<string>) : new Set<string>();
    const own = new Set(inherited);
    const ownParents = new Set(inheritedParents);
    const ownExcluded = new Set(parent >= 0 ? (excluded[parent] as Set<string>) : []);
    // The data protection part of a legal-notice page (`Haftungsausschluss` … `5. Datenschutz`) is the notice itself.
    if (section.headingBlock >= 0 && scans[section.headingBlock]?.policy) {
      ownExcluded.delete(ANY_ELEMENT);
      skippedRun = -1;
    } else if (section.headingBlock >= 0 && scans[section.headingBlock]?.skip) {
      ownExcluded.add(ANY_ELEMENT);
      skippedRun = section.blocks.length === 0 ? section.parent : -1;
    } else if (section.headingBlock >= 0 && skippedRun >= 0 && section.parent === skippedRun && NUMBERED.test(blocks[section.headingBlock]?.text ?? '')) {
      ownExcluded.add(ANY_ELEMENT);
    } else if (section.headingBlock >= 0) skippedRun = -1;
    if (section.headingBlock >= 0 && section.index !== title) {
      const announced: Hit[] = [];
      for (const hit of scans[section.headingBlock]?.hits ?? []) {
        if (ANNOUNCING.has(hit.group) || (hit.group === 'weak' && (inherited.has(hit.owner) || inheritedParents.has(hit.owner)))) {
          announced.push(hit);
          if (!hit.negated) own.add(hit.owner);
        } else if (hit.group === 'parent') ownParents.add(hit.owner);
        // A false friend that is the heading's own date (`GDPR – update May 2018`) dates the section: it keeps nothing out.
        else if (hit.group === 'exclusion' && !dated(hit, scans[section.headingBlock] as BlockScan)) ownExcluded.add(hit.owner);
      }
      if (announced.length > 0) headingHits.set(section.index, announced);
    }
    // A heading that names the false friend but also announces the element (`Who we are, and when we are a processor`) excludes nothing.
    for (const hit of scans[section.headingBlock]?.hits ?? []) if (ANNOUNCING.has(hit.group) && hit.owner !== ANY_ELEMENT) ownExcluded.delete(hit.owner);
    for (const id of ownExcluded) own.delete(id);
    scope.push(own);
    parentScope.push(ownParents);
    excluded.push(ownExcluded);
  }

  const columns = new Map<number, { span: [number, number]; elements: Set<string> }[]>();
  const listIntro = new Map<number, number>();
  let header: Set<string>[] | null = null;
  let intro = -1;
  blocks.forEach((block, i) => {
    const scan = scans[i] as BlockScan;
    if (block.kind === 'table-row') {
      const spans = cellSpans(block.text, block.cells ?? []);
      const previous = blocks[i - 1];
      const startsTable = !previous || previous.kind !== 'table-row';
      if (block.header || (startsTable && looksLikeHeader(scan, spans))) {
        header = spans.map((span) => new Set(scan.hits.filter((hit) => ANNOUNCING.has(hit.group) && hit.start >= span[0] && hit.end <= span[1]).map((hit) => hit.owner)));
      } else if (startsTable) {
        header = null;
      } else if (header) {
        const columnsOfHeader: Set<string>[] = header;
        columns.set(
          i,
          spans.map((span, c) => ({ span, elements: columnsOfHeader[c] ?? new Set<string>() })),
        );
      }
      intro = -1;
      return;
    }
    header = null;
    if (block.kind === 'list-item') {
      if (intro >= 0 && blocks[intro]?.section === block.section) listIntro.set(i, intro);
      return;
    }
    intro = block.kind !== 'heading' && endsWithColon(block.text) ? i : -1;
  });

  const contentCache = new Map<number, number[]>();
  const content = (section: number): number[] => {
    let list = contentCache.get(section);
    if (!list) {
      list = [];
      const stack = [section];
      while (stack.length > 0) {
        const current = sections[stack.pop() as number];
        if (!current) continue;
        list.push(...current.blocks);
        for (let c = current.children.length - 1; c >= 0; c--) stack.push(current.children[c] as number);
      }
      list.sort((a, b) => a - b);
      contentCache.set(section, list);
    }
    return list;
  };

  const pseudoHeadings = new Map<number, number[]>();
  const pseudoScope = new Map<number, Set<string>>();
  blocks.forEach((block, i) => {
    if (!looksLikeHeading(block, scans[i] as BlockScan)) return;
    const covered: number[] = [];
    for (let b = i + 1; b < blocks.length && covered.length < PSEUDO_SECTION_BLOCKS; b++) {
      const next = blocks[b] as Block;
      if (next.kind === 'heading' || next.section !== block.section || looksLikeHeading(next, scans[b] as BlockScan) || looksLikeTitle(next, scans[b] as BlockScan)) break;
      covered.push(b);
    }
    if (covered.length === 0) return;
    pseudoHeadings.set(i, covered);
    const announced = new Set((scans[i] as BlockScan).hits.filter((hit) => SCOPING.has(hit.group) && !hit.negated).map((hit) => hit.owner));
    for (const b of covered) pseudoScope.set(b, announced);
  });

  return { scope, parentScope, excluded, headingHits, columns, listIntro, content, pseudoHeadings, pseudoScope, letterheads: findLetterheads(document, scans) };
}

/**
 * Small organisations open their policy with their name and address instead of a `Controller` section (`Voetbalvereniging
 * De Polderboys / Vaartweg 2, 8251 AA Dronten / secretaris@…`, a practice's address line under its name): no cue names
 * what the block is, its place does. Only paragraphs among the first few, before any heading that announces a
 * subject, that give a postal address and another channel in few words count.
 */
/** Whether a date found in the block stands inside the hit's words. */
function dated(hit: Hit, scan: BlockScan): boolean {
  return scan.dates.some((date) => date.start >= hit.start && date.start < hit.end);
}

function findLetterheads(document: PolicyDocument, scans: BlockScan[]): Map<number, Letterhead> {
  const found = new Map<number, Letterhead>();
  let paragraphs = 0;
  for (let b = 0; b < document.blocks.length && paragraphs < LETTERHEAD_BLOCKS; b++) {
    const block = document.blocks[b] as Block;
    const scan = scans[b] as BlockScan;
    if (block.kind === 'heading') {
      // The document's title (`Aviso legal y protección de datos`) names the whole text, not the section under it.
      if (b > 0 && scan.hits.some((hit) => ANNOUNCING.has(hit.group) || hit.group === 'parent')) break;
      continue;
    }
    paragraphs++;
    if (block.kind !== 'paragraph' || scan.words > LETTERHEAD_WORDS || scan.placeholders.length > 0) continue;
    const lines = addressLines(document, scans, b);
    if (lines.length > 0) {
      found.set(b, { name: [0, block.text.length], lines });
      b = lines[lines.length - 1]!;
      continue;
    }
    if (!scan.channels.some((channel) => channel.kind === 'postal') || scan.channels.length < 2) continue;
    found.set(b, { name: nameLine(block.text, scan), lines: [] });
  }
  return found;
}

/**
 * A letterhead set out one line a block, as plain text often comes (`Tischlerei Holzmann` / `Inhaber: …` / street /
 * town / `Tel.: …`): a short name line without a channel, then short lines that give a postal address and another
 * channel. The lines after the name, or none.
 */
function addressLines(document: PolicyDocument, scans: BlockScan[], b: number): number[] {
  const first = document.blocks[b] as Block;
  const scan = scans[b] as BlockScan;
  if (scan.channels.length > 0 || scan.words > LETTERHEAD_LINE_WORDS || first.text.includes('\n') || !/^\s*[\p{Lu}\p{N}]/u.test(first.text) || /[.:;!?]\s*$/.test(first.text)) return [];
  const lines: number[] = [];
  let postal = false;
  let channels = 0;
  for (let l = b + 1; l < document.blocks.length && lines.length < LETTERHEAD_LINES; l++) {
    const line = document.blocks[l] as Block;
    const lineScan = scans[l] as BlockScan;
    if (line.kind !== 'paragraph' || line.section !== first.section || lineScan.words > LETTERHEAD_LINE_WORDS || line.text.includes('\n') || lineScan.placeholders.length > 0) break;
    lines.push(l);
    postal ||= lineScan.channels.some((channel) => channel.kind === 'postal');
    channels += lineScan.channels.length;
  }
  return postal && channels >= 2 ? lines : [];
}

/** The first line of a letterhead when it holds no channel and is followed by one (the organisation's name). */
function nameLine(text: string, scan: BlockScan): [number, number] | null {
  const end = text.indexOf('\n');
  if (end <= 0) return null;
  const first = text.slice(0, end);
  if (scan.channels.some((channel) => channel.start < end) || !/^\s*[\p{Lu}\p{N}]/u.test(first)) return null;
  return (first.match(/\p{L}{2,}/gu)?.length ?? 0) > 0 ? [0, end] : null;
}

/**
 * A paragraph of a few words with no sentence punctuation that announces an element, or a group of them (`Your
 * rights`), reads as a heading (`Who we are`, `How long we keep it`, `Q12. What are my rights?`) — the only way bold
 * lines in HTML and title lines in plain text show their structure.
 */
function looksLikeHeading(block: Block, scan: BlockScan): boolean {
  if (block.kind !== 'paragraph' || scan.words === 0 || scan.words > PSEUDO_HEADING_WORDS) return false;
  const text = block.text.trim();
  if (/[.,;:!]$/.test(text) || text.includes('\n') || /[@/]|\d{3}/.test(text)) return false;
  return scan.hits.some((hit) => hit.group === 'heading' || hit.group === 'parent');
}

/**
 * A short line set apart as a title though no cue names its subject (`8. COMENTARIOS DE LOS LECTORES`, `AGGIORNAMENTO
 * AL REGOLAMENTO (UE) 2016/679`): numbered, or in capitals over at least two words. It opens another part of the text,
 * so it ends the area of the heading-like line before it, though it announces nothing itself.
 */
function looksLikeTitle(block: Block, scan: BlockScan): boolean {
  if (block.kind !== 'paragraph' || scan.words === 0 || scan.words > PSEUDO_HEADING_WORDS) return false;
  const text = block.text.trim();
  if (/[.,;:!]$/.test(text) || text.includes('\n') || text.includes('@')) return false;
  if (/^\d{1,2}(?:\.\d{1,2})*[.)]?\s+\p{Lu}/u.test(text)) return true;
  return !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}{3,}/gu)?.length ?? 0) >= 2;
}

/** A lone level-1 heading over the whole text is the document's title, not a section heading. */
function titleSection(document: PolicyDocument): number {
  const top = document.sections.filter((section) => section.level === 1);
  if (top.length !== 1) return -1;
  const only = top[0]!;
  return only.children.length > 0 || only.blocks.length > document.blocks.length / 2 ? only.index : -1;
}

function cellSpans(text: string, cells: string[]): [number, number][] {
  const spans: [number, number][] = [];
  let cursor = 0;
  for (const cell of cells) {
    const at = cell.length > 0 ? text.indexOf(cell, cursor) : -1;
    if (at < 0) {
      spans.push([cursor, cursor]);
      continue;
    }
    spans.push([at, at + cell.length]);
    cursor = at + cell.length;
  }
  return spans;
}

/** A first row whose cells are short and announce elements is a header even when the markup did not say so. */
function looksLikeHeader(scan: BlockScan, spans: [number, number][]): boolean {
  if (spans.length < 2 || scan.durations.length > 0 || scan.channels.length > 0) return false;
  return scan.hits.some((hit) => hit.group === 'heading') && spans.every(([start, end]) => end - start <= 80);
}
