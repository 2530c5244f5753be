import { describe, expect, it } from 'vitest';
import { clampText, decodeEntities, htmlToText } from './text';

describe('source text normalisation', () => {
  it('decodes named, decimal and hex entities once, leaving unknown ones', () => {
    expect(decodeEntities('Tom &amp; Jerry &#8212; &#x2019;s &nbsp;&hellip; &bogus; &#0;')).toBe('Tom & Jerry — ’s  … &bogus; &#0;');
    expect(decodeEntities('&amp;lt;b&amp;gt;')).toBe('&lt;b&gt;');
  });

  it('strips tags, scripts and comments, keeping words apart and text like "x < y"', () => {
    expect(htmlToText('<p>One</p><p>two<br/>three</p><script>alert(1)</script><!-- note --><style>p{}</style>')).toBe('One two three');
    expect(htmlToText('Is 3 < 5 and 7 > 2? <b>Yes</b>')).toBe('Is 3 < 5 and 7 > 2? Yes');
    expect(htmlToText('&lt;b&gt; is a tag')).toBe('<b> is a tag');
    expect(htmlToText('  lots\n\n of \t space&nbsp;here ')).toBe('lots of space here');
  });

  it('clamps at a word boundary with an ellipsis', () => {
    expect(clampText('short', 10)).toBe('short');
    const clamped = clampText('The quick brown fox jumps over the lazy dog', 20);
    expect(clamped).toBe('The quick brown fox…');
    expect(clamped.length).toBeLessThanOrEqual(20);
    expect(clampText('x'.repeat(30), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
