/**
 * Builds a PolicyDocument straight from blocks, so detection tests state their input as data: one block per line of
 * the imaginary source, headings opening sections as the segmenter does.
 */
import type { Block, BlockKind, PolicyDocument, Section } from '../../src/document/model.js';

export interface BlockSpec {
  kind?: BlockKind;
  text: string;
  level?: number;
  cells?: string[];
  header?: boolean;
}

/**
 * `'# Title'` is a level-1 heading, `'- item'` a list item, `'| a | b |'` a table row and `'|! a | b |'` a header row;
 * anything else is a paragraph.
 */
export function fromLines(lines: string[]): PolicyDocument {
  return buildDocument(
    lines.map((line): BlockSpec => {
      const heading = /^(#{1,6})\s+(.*)$/.exec(line);
      if (heading) return { kind: 'heading', level: heading[1]!.length, text: heading[2]! };
      if (line.startsWith('- ')) return { kind: 'list-item', text: line.slice(2) };
      if (line.startsWith('|')) {
        const header = line.startsWith('|!');
        const cells = line
          .slice(header ? 2 : 1)
          .replace(/\|$/, '')
          .split('|')
          .map((cell) => cell.trim());
        return { kind: 'table-row', text: cells.join(' | '), cells, ...(header ? { header } : {}) };
      }
      return { kind: 'paragraph', text: line };
    }),
  );
}

export function buildDocument(specs: BlockSpec[], options: { declaredLanguage?: string } = {}): PolicyDocument {
  const sections: Section[] = [{ index: 0, heading: '', level: 0, headingBlock: -1, parent: -1, children: [], blocks: [] }];
  const open: Section[] = [sections[0]!];
  const blocks = specs.map((spec, index): Block => {
    const kind = spec.kind ?? 'paragraph';
    const text = spec.text;
    const line = index + 1;
    const base = {
      index,
      kind,
      text,
      start: { line, column: 1 },
      end: { line, column: text.length + 1 },
      anchors: [[0, line, 1] as const],
      ...(spec.cells ? { cells: spec.cells } : {}),
      ...(spec.header ? { header: true } : {}),
    };
    if (kind === 'heading') {
      const level = spec.level ?? 2;
      while (open.length > 1 && open[open.length - 1]!.level >= level) open.pop();
      const parent = open[open.length - 1]!;
      const section: Section = { index: sections.length, heading: text, level, headingBlock: index, parent: parent.index, children: [], blocks: [] };
      sections.push(section);
      parent.children.push(section.index);
      open.push(section);
      return { ...base, level, section: section.index };
    }
    const current = open[open.length - 1]!;
    current.blocks.push(index);
    return { ...base, section: current.index };
  });
  return {
    target: '<test>',
    format: 'text',
    language: null,
    blocks,
    sections,
    ...(options.declaredLanguage ? { declaredLanguage: options.declaredLanguage } : {}),
  };
}
