/**
 * Facts read off the scanned blocks that are not an element's status: contacts announced but never given, template
 * text left in the policy, contact channels and named services, each with its position in the source.
 */
import { positionAt } from '../document/block-text.js';
import type { PolicyDocument } from '../document/model.js';
import { endsWithColon } from './cues-text.js';
import type { ChannelKind } from './elements.js';
import type { Vendor } from './detect-vendors.js';
import type { BlockScan, Hit } from './detect-scan.js';

export interface Located {
  line: number;
  column: number;
  text: string;
}

export interface ServiceMention {
  name: string;
  vendorId: string;
  outsideEEA: boolean;
  line: number;
  column: number;
}

/** Announcements are followed by their channel at most this many blocks later (an address spread over lines). */
const ANNOUNCEMENT_REACH = 3;
const EVIDENCE_CHARS = 200;

/**
 * `Write to us at the following address:` followed by nothing, by text without any channel, or by the next heading.
 * Returns the announcements and the `block:sentence` keys of the sentences that hold them.
 */
export function findDanglingContacts(document: PolicyDocument, scans: BlockScan[], contactElements: ReadonlySet<string>): { keys: Set<string>; found: Located[] } {
  const keys = new Set<string>();
  const found: Located[] = [];
  document.blocks.forEach((block, b) => {
    const scan = scans[b] as BlockScan;
    for (const hit of scan.hits) {
      if (!announces(hit, scan, block.text, contactElements)) continue;
      const key = `${b}:${hit.sentence}`;
      if (keys.has(key)) continue;
      const [sentenceStart, sentenceEnd] = scan.sentences[hit.sentence] ?? [0, block.text.length];
      if (channelFollows(document, scans, b, hit.sentence)) continue;
      keys.add(key);
      found.push({ ...positionAt(block, hit.start), text: clip(block.text.slice(sentenceStart, sentenceEnd)) });
    }
  });
  return { keys, found };
}

/**
 * An announcement: a phrase such as `at the following address` with nothing after it in its sentence, or any cue of an
 * element that needs a channel in a sentence that ends its block with a colon (`You can reach our DPO at:`).
 */
function announces(hit: Hit, scan: BlockScan, text: string, contactElements: ReadonlySet<string>): boolean {
  const [, sentenceEnd] = scan.sentences[hit.sentence] ?? [0, text.length];
  if (hit.group === 'announce') return onlyPunctuationBetween(text, hit.end, sentenceEnd);
  const isCue = hit.group === 'strong' || hit.group === 'weak' || hit.group === 'heading';
  return isCue && contactElements.has(hit.owner) && hit.sentence === scan.sentences.length - 1 && endsWithColon(text);
}

const TRAILING = /[\s:.\-]*/y;

/** Nothing but spaces, colons, full stops or dashes from `from` to `to` (checked without copying the text). */
function onlyPunctuationBetween(text: string, from: number, to: number): boolean {
  TRAILING.lastIndex = from;
  TRAILING.test(text);
  return TRAILING.lastIndex >= to;
}

function channelFollows(document: PolicyDocument, scans: BlockScan[], block: number, sentence: number): boolean {
  const scan = scans[block] as BlockScan;
  if (sentence + 1 < scan.sentences.length) return scan.channels.some((channel) => channel.sentence === sentence + 1);
  const section = document.blocks[block]!.section;
  for (let b = block + 1; b < document.blocks.length && b <= block + ANNOUNCEMENT_REACH; b++) {
    const next = document.blocks[b]!;
    if (next.kind === 'heading' || next.section !== section) return false;
    if ((scans[b] as BlockScan).channels.length > 0) return true;
  }
  return false;
}

export function findTemplateLeftovers(document: PolicyDocument, scans: BlockScan[]): Located[] {
  const found: Located[] = [];
  document.blocks.forEach((block, b) => {
    for (const { start, end } of (scans[b] as BlockScan).placeholders) found.push({ ...positionAt(block, start), text: clip(block.text.slice(start, end)) });
  });
  return dedupeByPosition(found);
}

export function findContacts(document: PolicyDocument, scans: BlockScan[]): { kind: ChannelKind; line: number; column: number }[] {
  const found: { kind: ChannelKind; line: number; column: number }[] = [];
  document.blocks.forEach((block, b) => {
    for (const channel of (scans[b] as BlockScan).channels) found.push({ kind: channel.kind, ...positionAt(block, channel.start) });
  });
  return dedupeByPosition(found);
}

/** The first mention of each named service. */
export function findServices(document: PolicyDocument, scans: BlockScan[], vendors: Map<string, Vendor>): ServiceMention[] {
  const seen = new Set<string>();
  const found: ServiceMention[] = [];
  document.blocks.forEach((block, b) => {
    for (const hit of (scans[b] as BlockScan).hits) {
      const vendor = hit.group === 'vendor' ? vendors.get(hit.owner) : undefined;
      if (!vendor || seen.has(vendor.id)) continue;
      seen.add(vendor.id);
      found.push({ name: vendor.name, vendorId: vendor.id, outsideEEA: vendor.outsideEEA, ...positionAt(block, hit.start) });
    }
  });
  return found;
}

/** A sentence as evidence: trimmed, and cut around `focus` when it is longer than evidence may be. */
export function clip(text: string, focus = 0): string {
  const trimmed = text.trim();
  if (trimmed.length <= EVIDENCE_CHARS) return trimmed;
  const offset = Math.max(0, text.indexOf(trimmed));
  const from = Math.min(Math.max(0, focus - offset - 40), trimmed.length - EVIDENCE_CHARS);
  const cut = trimmed.slice(from, from + EVIDENCE_CHARS - 1);
  return from > 0 ? `…${cut.slice(1)}…` : `${cut}…`;
}

function dedupeByPosition<T extends { line: number; column: number }>(found: T[]): T[] {
  const seen = new Set<string>();
  return found.filter((item) => {
    const key = `${item.line}:${item.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
