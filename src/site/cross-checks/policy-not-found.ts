import type { Finding } from '../../types.js';
import type { CrossCheckContext } from './context.js';

/** A privacy policy is linked from the pages crawled, or was given; a violation when no page links to one. */
export function checkPolicyNotFound({ input, report }: CrossCheckContext): Finding[] {
  const search = input.search;
  switch (search.status) {
    case 'found':
      return [report.finding('pass', { url: search.url, page: search.page }, { message: 'pass' })];
    case 'given':
      return [report.finding('pass', { url: search.url }, { message: 'pass' })];
    case 'not-found':
      return [report.finding('violation', { count: search.pages.length, pages: search.pages }, { page: search.pages[0] ?? input.target })];
    case 'unreadable':
      return [report.finding('incomplete', { url: search.url, reason: search.reason }, { message: 'incomplete-unreadable' })];
    case 'not-searched':
      return [report.finding('incomplete', { reason: search.reason }, { message: 'incomplete-not-searched' })];
  }
}
