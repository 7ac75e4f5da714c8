import { describe, expect, it } from 'vitest';
import { parseRobots, robotsAllows, type RobotsPolicy } from '../../src/site/robots.js';

const rules = (text: string): RobotsPolicy => ({ kind: 'rules', robots: parseRobots(text) });
const allows = (text: string, path: string, agent?: string) => robotsAllows(rules(text), `https://example.org${path}`, agent);

describe('parseRobots', () => {
  it('groups consecutive user-agent lines, keeps rules and sitemaps, drops comments and unknown lines', () => {
    const robots = parseRobots('# hello\nUser-agent: A\nuser-agent: B # both\nDisallow: /x\nCrawl-delay: 5\nAllow: /x/y\n\nUser-agent: *\nDisallow:\nSitemap: https://example.org/sitemap.xml\n');
    expect(robots).toEqual({
      groups: [
        { agents: ['a', 'b'], rules: [{ allow: false, pattern: '/x' }, { allow: true, pattern: '/x/y' }] },
        { agents: ['*'], rules: [] },
      ],
      sitemaps: ['https://example.org/sitemap.xml'],
    });
  });

  it('reads CRLF files and percent-encodes non-ASCII patterns', () => {
    expect(parseRobots('User-agent: *\r\nDisallow: /café\r\n').groups[0]!.rules).toEqual([{ allow: false, pattern: '/caf%C3%A9' }]);
  });
});

describe('robotsAllows (RFC 9309)', () => {
  const file = 'User-agent: *\nDisallow: /private/\nAllow: /private/open.html\nDisallow: /*.pdf$\nDisallow: /search*q=\n';

  it.each([
    ['/', true],
    ['/page.html', true],
    ['/private/', false],
    ['/private/secret.html', false],
    ['/private/open.html', true],
    ['/docs/file.pdf', false],
    ['/docs/file.pdf?download=1', true],
    ['/search?q=x', false],
    ['/search/help', true],
    ['/robots.txt', true],
  ])('%s → %s', (path, expected) => {
    expect(allows(file, path)).toBe(expected);
  });

  it('lets the longest match win, and allow win a tie', () => {
    expect(allows('User-agent: *\nDisallow: /a\nAllow: /a/b\n', '/a/b/c')).toBe(true);
    expect(allows('User-agent: *\nAllow: /a\nDisallow: /a/b\n', '/a/b/c')).toBe(false);
    expect(allows('User-agent: *\nDisallow: /a\nAllow: /a\n', '/a')).toBe(true);
  });

  it('obeys the groups naming privacy-lint over the * group, and merges them', () => {
    const text = 'User-agent: *\nDisallow: /\n\nUser-agent: privacy-lint\nDisallow: /private/\n\nUser-agent: Privacy-Lint\nDisallow: /drafts/\n';
    expect(allows(text, '/page.html')).toBe(true);
    expect(allows(text, '/private/x')).toBe(false);
    expect(allows(text, '/drafts/x')).toBe(false);
    expect(allows(text, '/page.html', 'otherbot')).toBe(false);
  });

  it('allows everything when no group applies or the file has no rules', () => {
    expect(allows('User-agent: googlebot\nDisallow: /\n', '/x')).toBe(true);
    expect(allows('', '/x')).toBe(true);
  });

  it('compares percent-encoded paths alike', () => {
    expect(allows('User-agent: *\nDisallow: /caf%c3%a9\n', '/café/menu')).toBe(false);
  });

  it('treats a missing robots.txt as allowing and an unreachable one as forbidding, robots.txt itself excepted', () => {
    expect(robotsAllows({ kind: 'allow-all' }, 'https://example.org/x')).toBe(true);
    expect(robotsAllows({ kind: 'disallow-all', reason: 'HTTP 503' }, 'https://example.org/x')).toBe(false);
    expect(robotsAllows({ kind: 'disallow-all', reason: 'HTTP 503' }, 'https://example.org/robots.txt')).toBe(true);
  });
});
