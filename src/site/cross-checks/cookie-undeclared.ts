import type { Finding } from '../../types.js';
import type { CrossCheckContext } from './context.js';
import { matchDeclaration } from './match.js';
import { comparable, conclude } from './preconditions.js';

/**
 * Every cookie the site set, in any phase, must be declared by name, prefix, vendor or category. A cookie a script
 * wrote and removed at once is left out: nobody keeps it, so there is nothing to tell visitors about.
 */
export function checkCookieUndeclared(context: CrossCheckContext): Finding[] {
  const halves = comparable(context);
  if ('finding' in halves) return [halves.finding];
  const { directory } = context.input;
  const kept = halves.observation.cookies.filter((cookie) => !cookie.deleted);
  const violations: Finding[] = [];
  for (const cookie of kept) {
    if (matchDeclaration(cookie, halves.declared, halves.mentions, directory)) continue;
    const info = cookie.classification.entry ? directory.get(cookie.classification.entry) : undefined;
    violations.push(
      context.report.finding(
        'violation',
        {
          name: cookie.name,
          domain: cookie.domain,
          category: cookie.classification.category,
          vendor: cookie.classification.vendor,
          provider: info?.company ?? cookie.classification.vendor ?? cookie.domain,
          phases: cookie.phases,
          page: cookie.page,
          thirdParty: cookie.thirdParty,
        },
        { page: cookie.page },
      ),
    );
  }
  return violations.length > 0 ? violations : [conclude(context, halves.observation, { count: kept.length })];
}
