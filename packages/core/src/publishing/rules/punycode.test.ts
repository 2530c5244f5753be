import { describe, expect, it } from 'vitest';
import { punycodeEncode, punycodeToAscii } from './punycode';
import { requireFrom } from './testing/references';

/** What twitter-text's require('punycode') loads under Node: Node's bundled punycode.js 2.1.0. */
const reference = requireFrom('twitter-text', 'punycode') as { encode(input: string): string; toASCII(input: string): string };

describe('punycode', () => {
  it('encodes the RFC 3492 samples and everyday IDN labels', () => {
    expect(punycodeEncode('bücher')).toBe('bcher-kva');
    expect(punycodeEncode('münchen')).toBe('mnchen-3ya');
    expect(punycodeEncode('😀')).toBe('e28h');
    expect(punycodeEncode('他们为什么不说中文')).toBe('ihqwcrb4cv8a8dqg056pqjye');
    expect(punycodeToAscii('例え。jp')).toBe('xn--r8jz45g.jp');
  });

  it('agrees with the punycode.js twitter-text loads on repeated, mixed and astral labels', () => {
    const labels = [
      'üüüü', 'aüaüaü', 'ÄÖÜäöüß', '日本日本語', 'пример', 'مثال', 'उदाहरण', '😀😀👍🏽', 'a\u0301e\u0301',
      'ü'.repeat(30), '日'.repeat(20), 'xn--abc', 'Mixed-Case-Ü', '\u0001ctl', '\u007Fdel', 'ab\uD83Dcd',
    ];
    for (const label of labels) {
      expect(punycodeEncode(label), label).toBe(reference.encode(label));
      expect(punycodeToAscii(label), label).toBe(reference.toASCII(label));
    }
  });
});
