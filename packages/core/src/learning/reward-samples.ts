import { tones, type Tone } from '../brands/brand';
import type { ContentFormat } from '../ai/content-types';
import type { RewardedPostRow } from '../ports/learning-repositories';
import { hourOfWeekIn } from './hour-of-week';
import type { RewardSample } from './learner-model';

const FALLBACK_TONE: Tone = 'conversational';
const isTone = (value: string | null): value is Tone => value !== null && (tones as readonly string[]).includes(value);

/** The format a post evidently had when nobody labelled it: a thread, a carousel of images, or a single post. */
export function impliedFormat(row: Pick<RewardedPostRow, 'asThread' | 'mediaCount'>): ContentFormat {
  if (row.asThread) return 'thread';
  return row.mediaCount >= 2 ? 'carousel' : 'single';
}

/**
 * A rewarded post as the learner sees it. Unlabelled posts (written by people) count in the
 * brand's own tone and the format their targets imply; the slot is the hour of the week in the
 * brand's time zone, so "Tuesday 9:00" means the brand's morning wherever the server runs.
 */
export function toRewardSample(row: RewardedPostRow): RewardSample {
  const tone = row.labels?.tone ?? (isTone(row.brandTone) ? row.brandTone : FALLBACK_TONE);
  return {
    context: { industry: row.industry, trendCategory: row.labels?.trendCategory ?? null, platform: row.platform },
    action: { tone, format: row.labels?.format ?? impliedFormat(row), slot: hourOfWeekIn(row.publishedAt, row.brandTimeZone) },
    reward: row.reward,
    publishedAt: row.publishedAt,
    estimated: row.rewardEstimated,
  };
}
