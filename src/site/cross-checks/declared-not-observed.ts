import { sample } from '../../consent/audits/report.js';
import type { Finding } from '../../types.js';
import type { CrossCheckContext } from './context.js';
import { declarationOf } from './match.js';
import { comparable } from './preconditions.js';

/** Declared cookies the site never set in any phase: for review, as the policy may describe what is gone. */
export function checkDeclaredNotObserved(context: CrossCheckContext): Finding[] {
  const halves = comparable(context);
  if ('finding' in halves) return [halves.finding];
  const declared = halves.declared.cookies;
  const seen = new Set(halves.observation.cookies.map((cookie) => declarationOf(cookie.name, declared)?.declaration).filter((item) => item !== undefined));
  const missing = declared.filter((item) => !seen.has(item));
  if (missing.length === 0) return [context.report.finding('pass', { count: declared.length }, { message: 'pass' })];
  const names = missing.map((item) => (item.match === 'prefix' ? `${item.name}*` : item.name));
  return [
    context.report.finding(
      'violation',
      { count: missing.length, names: sample(names), declarations: missing.map((item) => ({ name: item.name, match: item.match, ...item.source })) },
      { page: missing[0]!.source.target },
    ),
  ];
}
