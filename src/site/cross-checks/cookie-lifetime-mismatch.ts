import type { Finding } from '../../types.js';
import type { CrossCheckContext } from './context.js';
import { declarationOf } from './match.js';
import type { SiteCookie } from './observe.js';
import { comparable, conclude } from './preconditions.js';

const DAY_SECONDS = 86_400;
/** Policies round (`13 months`, `1 year`): a lifetime is only longer than declared past 5 % and a day. */
const TOLERANCE = 0.05;
const SLACK_DAYS = 1;
/** Chromium stores at most 400 days: a stored expiry at the cap says nothing about a longer declaration. */
const BROWSER_CAP_DAYS = 399;

/**
 * How long the site wants the cookie to live, in days: the lifetime it asked for when a Set-Cookie header or a script
 * write was seen (null: a session cookie), else the expiry the browser stored.
 */
export function observedLifetime(cookie: Pick<SiteCookie, 'requestedLifetime' | 'expires'>, now: number): { days: number; basis: 'requested' | 'stored' } | null {
  if (cookie.requestedLifetime === null) return { days: 0, basis: 'requested' };
  if (typeof cookie.requestedLifetime === 'number') return { days: cookie.requestedLifetime / DAY_SECONDS, basis: 'requested' };
  if (cookie.expires === null) return null;
  return { days: (cookie.expires * 1000 - now) / (DAY_SECONDS * 1000), basis: 'stored' };
}

export function exceedsDeclared(observedDays: number, declaredDays: number): boolean {
  return observedDays > declaredDays * (1 + TOLERANCE) + SLACK_DAYS;
}

/** A cookie declared by name with a lifetime must not be set to live longer than that lifetime. */
export function checkCookieLifetimeMismatch(context: CrossCheckContext): Finding[] {
  const halves = comparable(context);
  if ('finding' in halves) return [halves.finding];
  const now = context.input.now ?? Date.now();
  const violations: Finding[] = [];
  let compared = 0;
  for (const cookie of halves.observation.cookies) {
    if (cookie.deleted) continue;
    const declaration = declarationOf(cookie.name, halves.declared.cookies)?.declaration;
    const declaredDays = declaration?.lifetimeDays;
    const observed = observedLifetime(cookie, now);
    if (declaredDays === undefined || !observed) continue;
    if (observed.basis === 'stored' && observed.days >= BROWSER_CAP_DAYS && declaredDays >= BROWSER_CAP_DAYS) continue;
    compared++;
    if (!exceedsDeclared(observed.days, declaredDays)) continue;
    violations.push(
      context.report.finding(
        'violation',
        {
          name: cookie.name,
          domain: cookie.domain,
          declared: declaration!.lifetimeText ?? `${declaredDays} days`,
          declaredDays: Math.round(declaredDays),
          observedDays: Math.round(observed.days),
          basis: observed.basis,
          declaredAt: declaration!.source,
          page: cookie.page,
        },
        { page: cookie.page, ...(observed.basis === 'stored' ? { message: 'violation-stored' } : {}) },
      ),
    );
  }
  return violations.length > 0 ? violations : [conclude(context, halves.observation, { count: compared })];
}
