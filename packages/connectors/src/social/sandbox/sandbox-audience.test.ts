import { describe, expect, it } from 'vitest';
import { contentFormats } from '@socialseed/core/ai/content-types';
import { tones } from '@socialseed/core/brands/brand';
import { audienceFollowers, audienceTastes, engagementOutcomes, simulateEngagement, type AudienceInput } from './sandbox-audience';

const base = { accountId: 'acct-1', postId: 'post-1', text: 'How do you budget for a new team?', mediaCount: 0, publishedAt: new Date('2026-03-03T10:00:00Z') };
const weekLater = (publishedAt: Date) => new Date(publishedAt.getTime() + 7 * 86_400_000);
/** Mean likes per impression over the fixed sets of luck: how much the audience likes the post. */
const appealOf = (input: AudienceInput) => {
  const outcomes = engagementOutcomes(input);
  return outcomes.reduce((sum, outcome) => sum + outcome.likes / Math.max(outcome.impressions, 1), 0) / outcomes.length;
};

describe('Sandbox audience', () => {
  it('is deterministic for the same inputs', () => {
    const now = new Date('2026-03-04T10:00:00Z');
    expect(simulateEngagement({ ...base, now })).toEqual(simulateEngagement({ ...base, now }));
  });

  it('lets engagement arrive over time and never shrink', () => {
    const at = (hours: number) => simulateEngagement({ ...base, now: new Date(base.publishedAt.getTime() + hours * 3_600_000) });
    expect(at(0).impressions).toBe(0);
    const series = [1, 3, 6, 12, 24, 72].map((hours) => at(hours));
    for (let index = 1; index < series.length; index++) {
      expect(series[index]?.impressions).toBeGreaterThanOrEqual(series[index - 1]?.impressions ?? 0);
      expect(series[index]?.likes).toBeGreaterThanOrEqual(series[index - 1]?.likes ?? 0);
    }
    expect(at(72).impressions).toBeGreaterThan(0);
  });

  it('rewards some hours of the week more than others (hidden preferences exist)', () => {
    const reach = Array.from({ length: 168 }, (_, hour) => {
      const publishedAt = new Date(Date.UTC(2026, 2, 1) + hour * 3_600_000);
      return simulateEngagement({ ...base, postId: 'same', publishedAt, now: new Date(publishedAt.getTime() + 48 * 3_600_000) }).impressions;
    });
    expect(Math.max(...reach)).toBeGreaterThan(Math.min(...reach) * 1.5);
  });

  it('gives every account a hidden best tone, format and hour, the same on every call', () => {
    const tastes = audienceTastes('acct-1');
    expect(audienceTastes('acct-1')).toEqual(tastes);
    expect(audienceFollowers('acct-1')).toBe(tastes.followers);
    expect(tones).toContain(tastes.bestTone);
    expect(contentFormats).toContain(tastes.bestFormat);
    expect(tastes.bestHourOfWeek).toBeGreaterThanOrEqual(0);
    expect(tastes.bestHourOfWeek).toBeLessThan(168);
    expect(tastes.toneAffinity[tastes.bestTone]).toBe(1);
    for (const tone of tones) if (tone !== tastes.bestTone) expect(tastes.toneAffinity[tone]).toBeLessThanOrEqual(0.8);
    for (const format of contentFormats) if (format !== tastes.bestFormat) expect(tastes.formatAffinity[format]).toBeLessThanOrEqual(0.8);
    // Accounts differ: over a few dozen, more than one tone and hour come up.
    const many = Array.from({ length: 40 }, (_, index) => audienceTastes(`acct-${index}`));
    expect(new Set(many.map((each) => each.bestTone)).size).toBeGreaterThan(1);
    expect(new Set(many.map((each) => each.bestHourOfWeek)).size).toBeGreaterThan(10);
  });

  it('engages more with posts in the preferred tone and format, at the best hour', () => {
    const tastes = audienceTastes('acct-1');
    const atBestHour = new Date(Date.UTC(2026, 2, 1) + tastes.bestHourOfWeek * 3_600_000);
    const input = { ...base, publishedAt: atBestHour, now: weekLater(atBestHour) };
    const best = { ...input, tone: tastes.bestTone, format: tastes.bestFormat };
    const otherTone = tones.find((tone) => tone !== tastes.bestTone);
    const otherFormat = contentFormats.find((format) => format !== tastes.bestFormat);
    expect(appealOf(best)).toBeGreaterThan(appealOf({ ...input, tone: otherTone, format: tastes.bestFormat }) * 1.2);
    expect(appealOf(best)).toBeGreaterThan(appealOf({ ...input, tone: tastes.bestTone, format: otherFormat }) * 1.2);
    const offHour = new Date(atBestHour.getTime() + 48 * 3_600_000);
    expect(appealOf(best)).toBeGreaterThan(appealOf({ ...input, publishedAt: offHour, now: weekLater(offHour), tone: tastes.bestTone, format: tastes.bestFormat }) * 1.5);
  });

  it('treats an unlabelled or unknown tone and format as neutral', () => {
    const now = weekLater(base.publishedAt);
    const unlabelled = simulateEngagement({ ...base, now });
    expect(simulateEngagement({ ...base, now, tone: null, format: null })).toEqual(unlabelled);
    expect(simulateEngagement({ ...base, now, tone: 'sarcastic', format: 'hologram' })).toEqual(unlabelled);
  });

  it('spreads its outcomes like simulated posts, so their average is the expected engagement', () => {
    const input = { ...base, publishedAt: base.publishedAt, now: weekLater(base.publishedAt), tone: 'playful', format: 'thread' };
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const simulated = Array.from({ length: 400 }, (_, index) => simulateEngagement({ ...input, postId: `noise-${index}` }));
    const outcomes = engagementOutcomes(input);
    expect(outcomes).toHaveLength(64);
    expect(engagementOutcomes(input)).toEqual(outcomes);
    for (const field of ['impressions', 'likes'] as const) {
      const expected = mean(outcomes.map((outcome) => outcome[field]));
      expect(mean(simulated.map((metrics) => metrics[field]))).toBeGreaterThan(expected * 0.93);
      expect(mean(simulated.map((metrics) => metrics[field]))).toBeLessThan(expected * 1.07);
    }
  });
});
