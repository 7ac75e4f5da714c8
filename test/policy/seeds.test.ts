import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../../src/document/load.js';
import { segmentDocument } from '../../src/document/segment.js';
import { detectElements } from '../../src/policy/detect.js';
import { parseLabelsTable } from '../../src/policy/evaluation.js';

/** Real French policies kept beside the repository, never inside it: the test runs only where they are. */
const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const available = existsSync(join(SEEDS, 'LABELS.md'));

describe.skipIf(!available)('seed policies', () => {
  const labels = available ? parseLabelsTable(readFileSync(join(SEEDS, 'LABELS.md'), 'utf8')) : {};
  const files = available ? readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort() : [];

  it('has labels for every seed', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(labels[file.slice(0, 3)]).toBeDefined();
  });

  it.each(files)('%s: every present and absent cell is right', async (file) => {
    const facts = detectElements(segmentDocument(await loadInput(join(SEEDS, file))));
    expect(facts.language).toBe('fr');
    const wrong: string[] = [];
    for (const [id, label] of Object.entries(labels[file.slice(0, 3)] ?? {})) {
      const status = facts.elements[id]?.status ?? 'absent';
      if ((label === 'P' && status === 'absent') || (label === 'A' && status !== 'absent')) wrong.push(`${id}: labelled ${label}, detected ${status}`);
    }
    expect(wrong).toEqual([]);
  });
});
