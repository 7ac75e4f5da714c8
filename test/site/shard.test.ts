import { describe, expect, it } from 'vitest';
import { parseShard, selectShard, shardOf } from '../../src/site/shard.js';

const list = (count: number, prefix = 'site') => Array.from({ length: count }, (_, i) => `https://${prefix}-${i}.example/`);

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/4', { index: 2, count: 4 }],
    [' 4 / 4 ', { index: 4, count: 4 }],
  ])('reads %j', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  it.each(['0/4', '5/4', '1/0', '2', 'a/b', '-1/4', '1.5/4', '', '2/4/8'])('refuses %j', (text) => {
    expect(() => parseShard(text)).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});

describe('selectShard', () => {
  it.each([1, 2, 3, 4, 7])('puts every URL in exactly one of %i shards', (count) => {
    const urls = list(300);
    const shards = Array.from({ length: count }, (_, i) => selectShard(urls, { index: i + 1, count }));
    expect(shards.flat().sort()).toEqual([...urls].sort());
    // Each shard keeps the list's order.
    for (const shard of shards) expect(shard).toEqual(urls.filter((url) => shard.includes(url)));
    // A hash spreads 300 URLs over a few shards without leaving one nearly empty.
    for (const shard of shards) expect(shard.length).toBeGreaterThan(300 / count / 2);
  });

  it('keeps every URL in its shard when URLs are added to the list, wherever they are added', () => {
    const before = list(100);
    const after = [...list(20, 'new'), ...before.slice(0, 50), ...list(30, 'more'), ...before.slice(50)];
    for (let index = 1; index <= 4; index++) {
      const old = selectShard(before, { index, count: 4 });
      expect(selectShard(after, { index, count: 4 }).filter((url) => before.includes(url))).toEqual(old);
    }
  });

  it('places every spelling of a URL in the same shard', () => {
    for (const count of [2, 5, 13]) {
      expect(new Set(['HTTPS://Site-1.Example:443/#x', 'https://site-1.example/', 'https://site-1.example'].map((url) => shardOf(url, count))).size).toBe(1);
    }
  });

  it('refuses an impossible shard', () => {
    expect(() => selectShard(list(3), { index: 3, count: 2 })).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});
