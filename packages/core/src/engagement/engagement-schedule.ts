const HOUR_MS = 3_600_000;

/** Posts are measured for this long after publication, then no more. */
export const TRACKING_DAYS = 30;
export const TRACKING_MS = TRACKING_DAYS * 24 * HOUR_MS;
/** New posts move fastest: they are measured every hour during their first day. */
export const HOURLY_PERIOD_MS = 24 * HOUR_MS;
/** Default spacing after the first day (ENGAGEMENT_SYNC_INTERVAL_HOURS). */
export const DEFAULT_SYNC_INTERVAL_HOURS = 4;

/**
 * `next_fetch_at` of a post whose tracking is over. A far-future instant rather than a flag keeps
 * the due-row index (`next_fetch_at ≤ now`) from ever visiting finished rows again.
 */
export const TRACKING_FINISHED_AT = new Date('9999-12-31T00:00:00.000Z');

export function isTrackingFinished(nextFetchAt: Date): boolean {
  return nextFetchAt.getTime() >= TRACKING_FINISHED_AT.getTime();
}

/**
 * When a post is measured next after a fetch at `now`. Slots sit on a grid anchored at the
 * publication time — every hour for the first 24 h, then every `intervalHours` — and the next one
 * is the first grid slot after `now`, so a late or early pass never drifts the schedule (an
 * hourly cron keeps serving hourly slots). The last slot is exactly 30 days after publication;
 * a fetch at or after it finishes tracking.
 */
export function nextFetchAt(publishedAt: Date, now: Date, intervalHours: number = DEFAULT_SYNC_INTERVAL_HOURS): Date {
  const published = publishedAt.getTime();
  const age = now.getTime() - published;
  if (age >= TRACKING_MS) return TRACKING_FINISHED_AT;
  let slot: number;
  if (age < HOURLY_PERIOD_MS) {
    slot = published + (Math.floor(Math.max(age, 0) / HOUR_MS) + 1) * HOUR_MS;
  } else {
    const step = Math.max(1, intervalHours) * HOUR_MS;
    slot = published + HOURLY_PERIOD_MS + (Math.floor((age - HOURLY_PERIOD_MS) / step) + 1) * step;
  }
  return new Date(Math.min(slot, published + TRACKING_MS));
}

/** The hour an account or competitor snapshot belongs to (at most one per hour). */
export function hourOf(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / HOUR_MS) * HOUR_MS);
}
