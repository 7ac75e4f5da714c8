/**
 * Segmentation: a loaded source becomes blocks and a section tree. Each format has its own segmenter; they all
 * return draft blocks in reading order, and the section tree is built here from the headings alone.
 */
import type { Block, LoadedSource, PolicyDocument, Section } from './model.js';
import { segmentHtml } from './segment-html.js';
import { segmentMarkdown } from './segment-markdown.js';
import { segmentText } from './segment-text.js';

export { positionAt } from './block-text.js';

const SEGMENTERS = { html: segmentHtml, markdown: segmentMarkdown, text: segmentText } as const;

export function segmentDocument(source: LoadedSource): PolicyDocument {
  const segmented = SEGMENTERS[source.format](source.text);
  const { blocks } = segmented;
  const sections = buildSections(blocks);
  const title = segmented.title ?? blocks.find((b) => b.kind === 'heading' && b.level === 1)?.text;
  const declaredLanguage = segmented.declaredLanguage ?? source.declaredLanguage;
  return {
    target: source.target,
    format: source.format,
    ...(declaredLanguage ? { declaredLanguage } : {}),
    language: null,
    blocks,
    sections,
    ...(title ? { title } : {}),
  };
}

/** A heading opens a section under the nearest open section of a lower level. Numbers the blocks in place. */
function buildSections(blocks: Block[]): Section[] {
  const sections: Section[] = [{ index: 0, heading: '', level: 0, headingBlock: -1, parent: -1, children: [], blocks: [] }];
  const open: Section[] = [sections[0] as Section];
  blocks.forEach((block, index) => {
    block.index = index;
    if (block.kind === 'heading') {
      const level = block.level ?? 2;
      while (open.length > 1 && (open[open.length - 1] as Section).level >= level) open.pop();
      const parent = open[open.length - 1] as Section;
      const section: Section = {
        index: sections.length,
        heading: block.text,
        level,
        headingBlock: index,
        parent: parent.index,
        children: [],
        blocks: [],
      };
      sections.push(section);
      parent.children.push(section.index);
      open.push(section);
      block.section = section.index;
    } else {
      const current = open[open.length - 1] as Section;
      current.blocks.push(index);
      block.section = current.index;
    }
  });
  return sections;
}
