import { describe, expect, it } from 'vitest';
import { graphemeLength, utf8Length } from '../rules/grapheme-length';
import { mastodonLength } from '../rules/mastodon-length';
import { mastodonDefaultLimits } from '../rules/mastodon-limits';
import { platformLimits } from '../rules/platform-rules';
import { xWeightedLength } from '../rules/x-weighted-length';
import { planParts } from './plan-parts';
import { limitsForAccount } from '../account-limits';

const target = { id: 'target-1', asThread: true };
const sentence = 'Socialseed delivers every part of a thread in order, exactly once. ';

describe('planParts', () => {
  it('leaves a target that is not a thread as one part, its text exactly as written', () => {
    const text = `  ${sentence.repeat(10)}`;
    expect(planParts({ ...target, asThread: false }, text, platformLimits('x'))).toEqual([{ text, idempotencyKey: 'target-1' }]);
  });

  it('leaves a thread whose text fits one post as one unnumbered part', () => {
    expect(planParts(target, ' Short. ', platformLimits('x'))).toEqual([{ text: ' Short. ', idempotencyKey: 'target-1' }]);
  });

  it('numbers X parts and gives each its own idempotency key, the first keeping the target id', () => {
    const parts = planParts(target, sentence.repeat(12), platformLimits('x'));
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts.map((part) => part.idempotencyKey)).toEqual(parts.map((_, index) => (index === 0 ? 'target-1' : `target-1:${index + 1}`)));
    parts.forEach((part, index) => expect(part.text.endsWith(` ${index + 1}/${parts.length}`)).toBe(true));
    for (const part of parts) expect(xWeightedLength(part.text)).toBeLessThanOrEqual(280);
  });

  it('splits for Bluesky by graphemes and bytes, not by X weights', () => {
    // CJK weighs 2 on X but is one grapheme on Bluesky; the family emoji is 1 grapheme but 25 bytes.
    const text = `${'日本語のテキストです。'.repeat(40)} ${'👨‍👩‍👧‍👦 '.repeat(200)}`;
    const parts = planParts(target, text, platformLimits('bluesky'));
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) {
      expect(graphemeLength(part.text)).toBeLessThanOrEqual(300);
      expect(utf8Length(part.text)).toBeLessThanOrEqual(3000);
    }
    // A full part of CJK holds close to 300 graphemes, far more than X's 140 CJK characters.
    expect(graphemeLength(parts[0]?.text ?? '')).toBeGreaterThan(150);
  });

  it("counts a Mastodon URL as the server's reserved length and uses the server's own limit", () => {
    const url = `https://example.com/${'segment/'.repeat(60)}`;
    const text = `Read ${url} and ${url} today.`;
    // 1,000+ characters as typed, but 5 + 23 + 5 + 23 + 7 as Mastodon counts: one post.
    expect(text.length).toBeGreaterThan(500);
    expect(planParts(target, text, limitsForAccount({ platform: 'mastodon', instanceLimits: null }))).toHaveLength(1);

    const small = limitsForAccount({ platform: 'mastodon', instanceLimits: { ...mastodonDefaultLimits, maxCharacters: 120 } });
    const long = `${sentence}${url} `.repeat(6);
    const parts = planParts(target, long, small);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(mastodonLength(part.text)).toBeLessThanOrEqual(120);
    expect(parts.map((part) => part.text).join(' ').split(url)).toHaveLength(7); // every URL whole
  });
});
