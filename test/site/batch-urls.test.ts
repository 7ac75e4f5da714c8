import { describe, expect, it } from 'vitest';
import { distinctUrls, normalizeUrl, parseUrlList } from '../../src/site/batch-urls.js';

describe('normalizeUrl', () => {
  it.each([
    ['HTTP://Example.COM:80', 'http://example.com/'],
    ['https://example.com:443/a?b=1#section', 'https://example.com/a?b=1'],
    ['  http://127.0.0.1:8080/x/  ', 'http://127.0.0.1:8080/x/'],
  ])('%s → %s', (raw, normal) => {
    expect(normalizeUrl(raw)).toBe(normal);
  });

  it.each(['example.com', 'ftp://example.com/', 'javascript:alert(1)', 'file:///etc/passwd', ''])('refuses %j', (raw) => {
    expect(() => normalizeUrl(raw)).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});

describe('parseUrlList', () => {
  it('reads one URL a line, skipping blank lines and # comments, with any line ending', () => {
    const text = '\uFEFF# shop sites\r\nhttps://a.example\r\n\r\n   # staging\n  http://b.example/x  \n';
    expect(parseUrlList(text, 'urls.txt')).toEqual(['https://a.example/', 'http://b.example/x']);
  });

  it('names every invalid line by its number', () => {
    let error: unknown;
    try {
      parseUrlList('https://ok.example\nnot a url\n# fine\nftp://files.example\n', 'list.txt');
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'USAGE' });
    const message = (error as Error).message;
    expect(message).toMatch(/^2 invalid lines in list\.txt/);
    expect(message).toContain('list.txt:2: not a URL: "not a url"');
    expect(message).toContain('list.txt:4: not an http(s) URL: "ftp://files.example"');
  });

  it('lists at most ten invalid lines and counts the rest', () => {
    const text = Array.from({ length: 14 }, (_, i) => `bad-${i}`).join('\n');
    expect(() => parseUrlList(text, 'l')).toThrow(/14 invalid lines[\s\S]*l:10: [\s\S]*…and 4 more/);
  });

  it('accepts an empty list', () => {
    expect(parseUrlList('# nothing yet\n\n', 'l')).toEqual([]);
  });
});

describe('distinctUrls', () => {
  it('keeps the first of each URL in its normal form, in order', () => {
    expect(distinctUrls(['http://b.example', 'http://a.example/', 'HTTP://B.EXAMPLE/#x'])).toEqual(['http://b.example/', 'http://a.example/']);
  });
});
