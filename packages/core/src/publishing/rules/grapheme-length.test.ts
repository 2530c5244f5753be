import { describe, expect, it } from 'vitest';
import { graphemeLength, graphemesOf, utf8Length, utf8OffsetOf } from './grapheme-length';

describe('grapheme and byte lengths', () => {
  it('counts what a reader sees as one character once', () => {
    expect(graphemeLength('👨‍👩‍👧‍👦')).toBe(1);
    expect(graphemeLength('🇩🇪🇯🇵')).toBe(2);
    expect(graphemeLength('e\u0301')).toBe(1);
    expect(graphemeLength('1️⃣ 👍🏽')).toBe(3);
    expect(graphemesOf('a👍🏽b')).toEqual(['a', '👍🏽', 'b']);
  });

  it('measures UTF-8 as Bluesky indexes facets', () => {
    expect(utf8Length('aé日😀')).toBe(1 + 2 + 3 + 4);
    expect(utf8Length('\uD83D')).toBe(3); // a lone surrogate is written as U+FFFD
    expect(utf8OffsetOf('日本 #tag', 3)).toBe(7);
  });
});
