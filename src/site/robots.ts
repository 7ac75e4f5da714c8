/**
 * robots.txt, as RFC 9309 defines it: groups of user-agent lines and their allow/disallow rules, `*` and `$` in
 * paths, the longest matching rule wins and `allow` wins a tie. Sitemap lines are kept for the crawler.
 */

export interface RobotsRule {
  allow: boolean;
  /** Path pattern, percent-encoded as in a URL. */
  pattern: string;
}

export interface RobotsGroup {
  /** Product tokens, lower case; `*` for every crawler. */
  agents: string[];
  rules: RobotsRule[];
}

export interface Robots {
  groups: RobotsGroup[];
  sitemaps: string[];
}

/** How robots.txt answered: its rules, none (a 4xx: everything allowed), or unreachable (5xx or no answer: nothing allowed). */
export type RobotsPolicy = { kind: 'rules'; robots: Robots } | { kind: 'allow-all' } | { kind: 'disallow-all'; reason: string };

/** RFC 9309 lets crawlers stop reading after 500 KiB. */
const MAX_CHARS = 500 * 1024;
export const USER_AGENT = 'privacy-lint';

export function parseRobots(text: string): Robots {
  const groups: RobotsGroup[] = [];
  const sitemaps: string[] = [];
  let current: RobotsGroup | undefined;
  let collectingAgents = false;
  for (const raw of text.slice(0, MAX_CHARS).split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      if (!current || !collectingAgents) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      collectingAgents = true;
    } else if (key === 'allow' || key === 'disallow') {
      collectingAgents = false;
      // An empty disallow allows everything; an empty allow says nothing.
      if (current && value) current.rules.push({ allow: key === 'allow', pattern: encodePath(value) });
    } else if (key === 'sitemap' && value) {
      sitemaps.push(value);
    }
  }
  return { groups, sitemaps };
}

/** The rules that apply to `agent`: every group naming it, else every `*` group. */
function rulesFor(robots: Robots, agent: string): RobotsRule[] {
  const token = agent.toLowerCase();
  const named = robots.groups.filter((group) => group.agents.includes(token));
  const groups = named.length > 0 ? named : robots.groups.filter((group) => group.agents.includes('*'));
  return groups.flatMap((group) => group.rules);
}

export function robotsAllows(policy: RobotsPolicy, url: string, agent = USER_AGENT): boolean {
  if (policy.kind === 'allow-all') return true;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const path = encodePath(`${target.pathname}${target.search}`);
  if (target.pathname === '/robots.txt') return true;
  if (policy.kind === 'disallow-all') return false;
  let best: RobotsRule | undefined;
  for (const rule of rulesFor(policy.robots, agent)) {
    if (!matches(rule.pattern, path)) continue;
    if (!best || rule.pattern.length > best.pattern.length || (rule.pattern.length === best.pattern.length && rule.allow)) best = rule;
  }
  return best?.allow ?? true;
}

/** `*` matches any run of characters, a final `$` anchors at the end; everything else is literal. */
function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const parts = (anchored ? pattern.slice(0, -1) : pattern).split('*');
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i === 0) {
      if (!path.startsWith(part)) return false;
      at = part.length;
      continue;
    }
    const last = i === parts.length - 1;
    const found = last && anchored ? path.length - part.length : path.indexOf(part, at);
    if (found < at || (last && anchored && !path.endsWith(part))) return false;
    at = found + part.length;
  }
  return !anchored || at === path.length;
}

/** Percent-encodes what a URL would (non-ASCII, spaces) and upper-cases existing escapes, so both sides compare alike. */
function encodePath(value: string): string {
  return value.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase()).replace(/[^\x21-\x7e]/gu, (char) => encodeURIComponent(char));
}
