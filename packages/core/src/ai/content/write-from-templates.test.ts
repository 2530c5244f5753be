import { describe, expect, it } from 'vitest';
import { tones } from '../../brands/brand';
import { platforms } from '../../publishing/platforms';
import { platformLimits } from '../../publishing/rules/platform-rules';
import { fitsOnePost } from '../../publishing/rules/thread-for-platform';
import { contentFormats, type ContentBrief } from '../content-types';
import { keyPhrases } from './key-phrases';
import { brandVoice } from './testing/brand-voice';
import { writeFromTemplates } from './write-from-templates';

const brief = (overrides: Partial<ContentBrief> = {}): ContentBrief => ({
  platform: 'x',
  format: 'single',
  topic: 'Open banking APIs for small businesses',
  context: null,
  callToAction: 'Read our guide',
  tone: null,
  ...overrides,
});

const unfilled = /\{[a-z_]+\}|TODO|undefined|null|NaN|\[object/;

describe('writeFromTemplates on every tone × platform × format', () => {
  const topics = ['Open banking APIs for small businesses', 'Why invoice automation saves founders a full day every month and what to do about late payers in 2025 — a practical look at reminders, bank feeds and dunning'];
  const cases = tones.flatMap((tone) => platforms.flatMap((platform) => contentFormats.map((format) => [tone, platform, format] as const)));

  it('covers 96 combinations', () => expect(cases).toHaveLength(96));

  it.each(cases)('%s on %s as %s: within limits, on topic, filled, distinct', (tone, platform, format) => {
    const limits = platformLimits(platform);
    for (const topic of topics) {
      const variants = writeFromTemplates(brandVoice({ tone }), brief({ platform, format, topic }), limits, 3, 7);
      expect(variants).toHaveLength(3);
      expect(new Set(variants.map((variant) => variant.text)).size).toBe(3);
      const key = topic.length <= 60 ? topic : (keyPhrases(topic, 1)[0] ?? '');
      for (const variant of variants) {
        expect(variant.text.trim()).not.toBe('');
        expect(fitsOnePost(variant.text, limits)).toBe(true);
        if (format === 'story_caption') expect(limits.countLength(variant.text)).toBeLessThanOrEqual(150);
        expect(variant.text.toLowerCase()).toContain(key.toLowerCase());
        expect(variant.text).not.toMatch(unfilled);
        for (const tag of variant.hashtags) expect(variant.text).toContain(tag);
      }
    }
  });
});

describe('writeFromTemplates', () => {
  const limits = platformLimits('mastodon');

  it('is deterministic for a seed and varies with it', () => {
    const first = writeFromTemplates(brandVoice(), brief({ platform: 'mastodon' }), limits, 3, 42);
    expect(writeFromTemplates(brandVoice(), brief({ platform: 'mastodon' }), limits, 3, 42)).toEqual(first);
    const others = [1, 2, 3, 4, 5].map((seed) => writeFromTemplates(brandVoice(), brief({ platform: 'mastodon' }), limits, 3, seed)[0]?.text);
    expect(new Set([first[0]?.text, ...others]).size).toBeGreaterThan(1);
  });

  it('includes the call to action and hashtags from the topic and pillars when there is room', () => {
    const [variant] = writeFromTemplates(brandVoice(), brief({ platform: 'sandbox' }), platformLimits('sandbox'), 1);
    expect(variant?.text).toContain('Read our guide.');
    expect(variant?.hashtags[0]).toBe('#OpenBankingAPIs');
    expect(variant?.hashtags.length).toBeGreaterThanOrEqual(2);
  });

  it('lays out each format: numbered thread parts, slide captions, a short story line', () => {
    const sandbox = platformLimits('sandbox');
    const [thread] = writeFromTemplates(brandVoice(), brief({ platform: 'sandbox', format: 'thread' }), sandbox, 1);
    const parts = (thread?.text ?? '').split('\n\n').filter((part) => !part.startsWith('#'));
    expect(parts.length).toBeGreaterThanOrEqual(3);
    parts.forEach((part, index) => expect(part).toMatch(new RegExp(` ${index + 1}/${parts.length}$`)));
    const [carousel] = writeFromTemplates(brandVoice(), brief({ platform: 'sandbox', format: 'carousel' }), sandbox, 1);
    const slides = (carousel?.text ?? '').split('\n').filter((line) => /^\d+\/\d+ /.test(line));
    expect(slides.length).toBeGreaterThanOrEqual(3);
    expect(slides[0]).toMatch(new RegExp(`^1/${slides.length} `));
    const [story] = writeFromTemplates(brandVoice(), brief({ platform: 'sandbox', format: 'story_caption' }), sandbox, 1);
    expect(story?.hashtags.length).toBeLessThanOrEqual(1);
  });

  it('works for a bare brand: no pillars, no audience, no tone, no call to action', () => {
    const bare = brandVoice({ tone: null, pillars: [], audience: { roles: [], geographies: [], companySizes: [] }, voiceSamples: [], industry: 'other' });
    const variants = writeFromTemplates(bare, brief({ callToAction: null, topic: 'Hi' }), platformLimits('x'), 3);
    expect(variants).toHaveLength(3);
    for (const variant of variants) expect(variant.text).toContain('Hi');
    for (const variant of variants) expect(variant.text).not.toMatch(unfilled);
  });

  it('fits X weighted length with a CJK topic and a trend link, and Bluesky bytes with emoji', () => {
    const x = platformLimits('x');
    const cjk = writeFromTemplates(brandVoice(), brief({ topic: '日本のオープンバンキング', context: { summary: null, links: ['https://example.com/report'] } }), x, 3);
    for (const variant of cjk) expect(x.countLength(variant.text)).toBeLessThanOrEqual(280);
    const bluesky = platformLimits('bluesky');
    const emoji = writeFromTemplates(brandVoice(), brief({ platform: 'bluesky', format: 'thread', topic: '🚀🚀 launch day 🚀🚀' }), bluesky, 3);
    for (const variant of emoji) expect(fitsOnePost(variant.text, bluesky)).toBe(true);
  });

  it('gives as many distinct variants as asked, beyond one tone’s families', () => {
    const variants = writeFromTemplates(brandVoice(), brief({ platform: 'sandbox' }), platformLimits('sandbox'), 6);
    expect(new Set(variants.map((variant) => variant.text)).size).toBe(6);
  });
});
