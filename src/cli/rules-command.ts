import { getRules } from '../rules-catalog.js';
import type { Io } from './output.js';

export function runRulesCommand(options: { tags?: string; format: 'text' | 'json' }, io: Io): number {
  const rules = getRules(options.tags ? { tags: options.tags.split(',').map((tag) => tag.trim()) } : {});
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(rules, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rules.map((rule) => rule.id.length));
  for (const rule of rules) {
    const references = rule.articles?.join('; ') ?? rule.tags.filter((tag) => !tag.startsWith('cat.')).join(', ');
    io.stdout(`${rule.id.padEnd(width)}  ${rule.kind.padEnd(11)}  ${rule.defaultLevel.padEnd(5)}  ${rule.title} — ${references}\n`);
  }
  return 0;
}
