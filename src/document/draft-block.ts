/** What a format segmenter hands to the section builder: blocks in reading order, numbered later. */
import { joinBlockTexts, type BlockText } from './block-text.js';
import type { Block, BlockKind } from './model.js';

export interface Segmented {
  /** `index` and `section` are still -1: the section builder sets them. */
  blocks: Block[];
  title?: string;
  declaredLanguage?: string;
}

export function draftBlock(kind: BlockKind, built: BlockText, fields: Pick<Block, 'level' | 'cells' | 'header'> = {}): Block {
  const block: Block = { index: -1, kind, text: built.text, section: -1, start: built.start, end: built.end, anchors: built.anchors };
  if (fields.level !== undefined) block.level = fields.level;
  if (fields.cells !== undefined) block.cells = fields.cells;
  if (fields.header !== undefined) block.header = fields.header;
  return block;
}

/** A table row from its cells' texts (undefined for an empty cell): empty cells keep their place in `cells` only. */
export function tableRowBlock(cells: (BlockText | undefined)[], header: boolean): Block | undefined {
  const built = joinBlockTexts(
    cells.filter((cell): cell is BlockText => cell !== undefined),
    ' | ',
  );
  return built && draftBlock('table-row', built, { cells: cells.map((cell) => cell?.text ?? ''), header });
}
