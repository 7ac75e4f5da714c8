/** Everything privacy-lint can report, as metadata: for `privacy-lint rules`, SARIF rule tables and help links. */
import { bundledChecks, CHECK_FOLDERS } from './checks.js';
import { loadElementDefinitions } from './policy/elements.js';
import { loadProfile } from './policy/profile.js';
import type { RuleMeta } from './types.js';

export interface RuleListing extends RuleMeta {
  /** Legal references in words (`GDPR Art. 13(2)(a)`), for elements. */
  articles?: string[];
}

export function getRules(options: { tags?: string[]; profile?: string } = {}): RuleListing[] {
  const levels = loadProfile(options.profile ?? 'gdpr').levels;
  const rules: RuleListing[] = loadElementDefinitions().map((element) => ({
    id: element.id,
    kind: 'element',
    title: element.title,
    description: element.message.missing.en ?? element.title,
    tags: element.tags,
    helpUrl: element.helpUrl,
    defaultLevel: levels[element.id] ?? 'error',
    articles: element.articles,
  }));
  for (const folder of CHECK_FOLDERS) {
    for (const check of bundledChecks(folder).values()) {
      rules.push({ id: check.id, kind: check.kind, title: check.title, description: check.description, tags: check.tags, helpUrl: check.helpUrl, defaultLevel: check.defaultLevel });
    }
  }
  const wanted = options.tags;
  return (wanted?.length ? rules.filter((rule) => rule.tags.some((tag) => wanted.includes(tag))) : rules).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
