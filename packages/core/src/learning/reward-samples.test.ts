import { describe, expect, it } from 'vitest';
import type { RewardedPostRow } from '../ports/learning-repositories';
import { toRewardSample } from './reward-samples';

const row = (overrides: Partial<RewardedPostRow>): RewardedPostRow => ({
  targetId: 't',
  organizationId: 'o',
  brandId: 'b',
  industry: 'fintech',
  brandTone: 'playful',
  brandTimeZone: 'America/New_York',
  platform: 'mastodon',
  labels: null,
  asThread: false,
  mediaCount: 0,
  publishedAt: new Date('2026-11-17T14:00:00Z'), // Tuesday 09:00 in New York
  reward: 1.5,
  rewardEstimated: true,
  ...overrides,
});

describe('toRewardSample', () => {
  it("uses the post's labels and the brand-local hour of the week", () => {
    const sample = toRewardSample(row({ labels: { tone: 'provocative', format: 'thread', trendId: null, trendCategory: 'tech' } }));
    expect(sample).toMatchObject({ action: { tone: 'provocative', format: 'thread', slot: 2 * 24 + 9 }, context: { industry: 'fintech', trendCategory: 'tech', platform: 'mastodon' }, reward: 1.5, estimated: true });
  });

  it("falls back to the brand's tone and the format the target implies", () => {
    expect(toRewardSample(row({})).action).toMatchObject({ tone: 'playful', format: 'single' });
    expect(toRewardSample(row({ asThread: true })).action.format).toBe('thread');
    expect(toRewardSample(row({ mediaCount: 3, brandTone: null })).action).toMatchObject({ tone: 'conversational', format: 'carousel' });
  });
});
