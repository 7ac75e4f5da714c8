/**
 * The document model every policy rule reads. Loaders and segmenters produce it; nothing downstream sees raw
 * Markdown, HTML or bytes again.
 */
import type { Language } from '../types.js';

export type SourceFormat = 'markdown' | 'html' | 'text';

/** 1-based line and column (UTF-16 code units) in the original, decoded file. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Decoded input, before segmentation. */
export interface LoadedSource {
  /** Path as given, URL after redirects, or `<stdin>`. */
  target: string;
  format: SourceFormat;
  /** The decoded text of the whole file (for HTML: the original markup). */
  text: string;
  /** `utf-8`, `utf-16le`, `utf-16be` or `windows-1252`. */
  encoding: string;
  /** Declared language (`<html lang>`, `Content-Language`), when there is one. */
  declaredLanguage?: string;
}

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row';

/**
 * Where a stretch of `Block.text` starts in the source: `[offset in block text, line, column]`. Positions inside the
 * block are found from the last anchor at or before an offset, so a cue match can point at its own line and column.
 */
export type Anchor = readonly [offset: number, line: number, column: number];

export interface Block {
  index: number;
  kind: BlockKind;
  /** Plain text, markup removed, runs of white space folded to one space (line breaks kept as `\n`). */
  text: string;
  /** Heading level 1–6 (inferred for plain text). */
  level?: number;
  /** Table rows: the cells' plain text. `header` marks the header row. */
  cells?: string[];
  header?: boolean;
  /** Index in `PolicyDocument.sections` of the section this block belongs to (a heading belongs to its own section). */
  section: number;
  start: SourcePosition;
  end: SourcePosition;
  anchors: Anchor[];
}

export interface Section {
  index: number;
  /** Heading text; `''` for the root section that holds whatever comes before the first heading. */
  heading: string;
  /** 0 for the root. */
  level: number;
  /** Index of the heading block, or -1 for the root. */
  headingBlock: number;
  parent: number;
  children: number[];
  /** Indexes of the blocks directly in this section (not in its subsections), heading excluded. */
  blocks: number[];
}

export interface PolicyDocument {
  target: string;
  format: SourceFormat;
  declaredLanguage?: string;
  /** Detected (or forced) language of the text. */
  language: Language | null;
  blocks: Block[];
  /** `sections[0]` is the root. */
  sections: Section[];
  /** Title of the document (HTML `<title>`, or the first level-1 heading). */
  title?: string;
}
