import type { TrendSnapshot } from '../../ports/trend-repositories';

const HOUR = 3_600_000;
/** On a first sighting, members younger than this count as rising, older than a day as fading. */
const FRESH_HOURS = 6;
const STALE_HOURS = 24;
/** A first sighting has no earlier snapshot to compare with, so its age-based guess counts half. */
const FIRST_SIGHTING_WEIGHT = 0.5;

export interface VelocityReading {
  /** Engagement gained per hour over the last interval (since publication on a first sighting); null without engagement data. */
  engagementPerHour: number | null;
  /** Change of that rate per hour; null until two rates exist. */
  acceleration: number | null;
  /** −1 (fading fast) … +1 (rising fast). */
  momentum: number;
}

/** (now − before) / (now + before): the relative change, bounded to −1 … +1. */
const balance = (now: number, before: number) => (now + before === 0 ? 0 : (now - before) / (now + before));
const clampUnit = (value: number) => Math.max(-1, Math.min(1, value));
const hoursBetween = (later: number, earlier: number) => Math.max(1 / 60, (later - earlier) / HOUR);

/** Attention at a snapshot: engagement when the sources report it, otherwise mentions. */
const attention = (snapshot: TrendSnapshot, useEngagement: boolean) => (useEngagement ? (snapshot.engagement ?? 0) : snapshot.mentions);

/**
 * Momentum and viral velocity from a trend's successive snapshots (oldest first, the current one
 * last). Momentum is the relative change of attention between the last two snapshots — engagement
 * where the sources report it (points, comments, searches), mentions otherwise — so a story whose
 * numbers grow is rising and one whose numbers shrink (Google Trends traffic, X counts, the
 * Sandbox's activity all fall as a topic cools) is fading; a cumulative counter that stops growing
 * tends to 0. On a first sighting there is nothing to compare with: fresh members count as rising
 * and day-old ones as fading, at half weight.
 */
export function measureVelocity(history: TrendSnapshot[], memberPublishedAt: Date[], now: Date): VelocityReading {
  const current = history[history.length - 1];
  const previous = history[history.length - 2];
  const earliest = memberPublishedAt.reduce((min, at) => Math.min(min, at.getTime()), now.getTime());

  if (!current || !previous) {
    const ageScores = memberPublishedAt.map((at): number => {
      const ageHours = (now.getTime() - at.getTime()) / HOUR;
      return ageHours <= FRESH_HOURS ? 1 : ageHours >= STALE_HOURS ? -1 : 0;
    });
    const mean = ageScores.length === 0 ? 0 : ageScores.reduce((sum, score) => sum + score, 0) / ageScores.length;
    const engagementPerHour = current?.engagement == null ? null : current.engagement / hoursBetween(now.getTime(), earliest);
    return { engagementPerHour, acceleration: null, momentum: clampUnit(FIRST_SIGHTING_WEIGHT * mean) };
  }

  const useEngagement = current.engagement != null && previous.engagement != null;
  const momentum = clampUnit(balance(attention(current, useEngagement), attention(previous, useEngagement)));
  if (current.engagement == null) return { engagementPerHour: null, acceleration: null, momentum };

  const at = (snapshot: TrendSnapshot) => Date.parse(snapshot.at);
  const rateOver = (later: TrendSnapshot, earlier: TrendSnapshot | undefined) => {
    if (!earlier || earlier.engagement == null || later.engagement == null) return null;
    return Math.max(0, later.engagement - earlier.engagement) / hoursBetween(at(later), at(earlier));
  };
  const rateNow = rateOver(current, previous);
  const ratePrevious = rateOver(previous, history[history.length - 3]) ?? (previous.engagement == null ? null : previous.engagement / hoursBetween(at(previous), earliest));
  // Gaining nothing since the last run still leaves the level it reached: report that average rate.
  const engagementPerHour = rateNow !== null && rateNow > 0 ? rateNow : current.engagement / hoursBetween(now.getTime(), earliest);
  return {
    engagementPerHour,
    acceleration: rateNow !== null && ratePrevious !== null ? (rateNow - ratePrevious) / hoursBetween(at(current), at(previous)) : null,
    momentum,
  };
}

/** Newest last, at most `keep`, one per run. */
export function appendSnapshot(history: TrendSnapshot[], snapshot: TrendSnapshot, keep = 30): TrendSnapshot[] {
  return [...history, snapshot].slice(-keep);
}
