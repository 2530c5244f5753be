import { describeActivityAnomaly, detectPostAlerts, MIN_BASELINE_POSTS, type PostAlert, type PostMeasures } from '../learning/alert-rules';
import type { EngagementAlertTarget } from '../ports/notification-repositories';
import type { UnitOfWork } from '../ports/repositories';
import { platformLabels, type Platform } from '../publishing/platforms';
import type { Clock } from '../shared/clock';
import { notificationKinds, notify } from './notify';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Posts are measured for 30 days; the brand's average is over the same window. */
export const ALERT_WINDOW_DAYS = 30;
/** Viral and poor alerts are about fresh posts: a month-old post's verdict is history, not news. */
export const POST_ALERT_MAX_AGE_DAYS = 7;
/** Unusual activity compares the last 24 hours with up to this many 24-hour windows before it. */
export const ACTIVITY_HISTORY_DAYS = 14;

type Brand = { id: string; organizationId: string; name: string };

/**
 * Applies the alert rules to each brand's recent engagement and writes the notifications they
 * call for: viral and poor posts (once per target and kind: the target's `*_alerted_at` is set
 * in the same transaction as the notification, and the dedupe key backs it up) and unusual
 * activity (once per brand per UTC day). The engagement sync calls it after each pass; it is
 * safe to call as often as wanted. Answers how many notifications were written.
 */
export async function evaluateEngagementAlerts(deps: { uow: UnitOfWork; clock: Clock }, brandIds: string[]): Promise<number> {
  const now = deps.clock.now();
  const brands = await deps.uow.engagementAlerts.brands([...new Set(brandIds)]);
  let written = 0;
  for (const brand of brands) {
    written += await alertPosts(deps.uow, brand, now);
    written += await alertActivity(deps.uow, brand, now);
  }
  return written;
}

/** Sums of the known values of each measure, so each post's baseline is "everyone else". */
function totalsOf(targets: EngagementAlertTarget[]) {
  const sum = (key: keyof PostMeasures) => targets.reduce((acc, target) => (target[key] === null ? acc : { total: acc.total + (target[key] ?? 0), count: acc.count + 1 }), { total: 0, count: 0 });
  return { engagementRate: sum('engagementRate'), reward: sum('reward') };
}

/** The average of the other targets' values, or null when fewer than MIN_BASELINE_POSTS have one. */
function averageWithout(totals: { total: number; count: number }, own: number | null): number | null {
  const count = totals.count - (own === null ? 0 : 1);
  return count < MIN_BASELINE_POSTS ? null : (totals.total - (own ?? 0)) / count;
}

async function alertPosts(uow: UnitOfWork, brand: Brand, now: Date): Promise<number> {
  const targets = await uow.engagementAlerts.recentTargets(brand.id, new Date(now.getTime() - ALERT_WINDOW_DAYS * DAY_MS));
  const totals = totalsOf(targets);
  let written = 0;
  for (const target of targets) {
    if (target.viralAlertedAt && target.poorAlertedAt) continue;
    const brandAverage = { engagementRate: averageWithout(totals.engagementRate, target.engagementRate), reward: averageWithout(totals.reward, target.reward) };
    const hoursSincePublished = (now.getTime() - target.publishedAt.getTime()) / HOUR_MS;
    if (hoursSincePublished > POST_ALERT_MAX_AGE_DAYS * 24) continue;
    const alert = detectPostAlerts({ post: target, brandAverage, baselinePosts: targets.length - 1, hoursSincePublished });
    if (!alert || (alert.kind === 'viral' ? target.viralAlertedAt : target.poorAlertedAt)) continue;
    const notified = await uow.transaction(async (repos) => {
      if (!(await repos.engagementAlerts.markAlerted(target.targetId, alert.kind, now))) return null;
      return notify(repos, postNotification(brand, target, alert, hoursSincePublished), now);
    });
    if (notified) written++;
  }
  return written;
}

const excerptOf = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
};

const measureLabels = { engagementRate: 'engagement rate', reward: 'reward' } as const;

function postNotification(brand: Brand, target: EngagementAlertTarget, alert: PostAlert, hoursSincePublished: number) {
  const platform = platformLabels[target.platform as Platform] ?? target.platform;
  const measure = measureLabels[alert.measure];
  const viral = alert.kind === 'viral';
  return {
    organizationId: brand.organizationId,
    brandId: brand.id,
    kind: viral ? notificationKinds.viral : notificationKinds.poor,
    title: viral ? `${brand.name}: a post is taking off on ${platform}` : `${brand.name}: a post is underperforming on ${platform}`,
    body: viral
      ? `“${excerptOf(target.postText)}” has ${alert.ratio.toFixed(1)}× the brand's average ${measure}.`
      : `After ${Math.floor(hoursSincePublished)} hours, “${excerptOf(target.postText)}” has ${Math.round(alert.ratio * 100)}% of the brand's average ${measure}.`,
    link: `/posts/${target.postId}`,
    data: { targetId: target.targetId, postId: target.postId, platform: target.platform, measure: alert.measure, value: alert.value, average: alert.average, ratio: alert.ratio },
    dedupeKey: `${alert.kind}:${target.targetId}`,
  };
}

/**
 * Interactions gained in the last 24 hours against the 24-hour windows before it (rolling
 * windows ending now, so "today" is always a whole day and a quiet morning is no "drop"). A
 * window is unknown until the brand has a snapshot at its start.
 */
async function alertActivity(uow: UnitOfWork, brand: Brand, now: Date): Promise<number> {
  const instants = Array.from({ length: ACTIVITY_HISTORY_DAYS + 2 }, (_, index) => new Date(now.getTime() - (ACTIVITY_HISTORY_DAYS + 1 - index) * DAY_MS));
  const publishedSince = new Date(now.getTime() - (ALERT_WINDOW_DAYS + ACTIVITY_HISTORY_DAYS + 1) * DAY_MS);
  const totals = await uow.engagementAlerts.interactionTotalsAt(brand.id, instants, publishedSince);
  const gains = totals.slice(1).map((total, index) => {
    const before = totals[index] ?? null;
    return total === null || before === null ? null : total - before;
  });
  const today = gains.pop() ?? null;
  const anomaly = describeActivityAnomaly(gains, today);
  if (!anomaly) return 0;
  const spike = anomaly.kind === 'spike';
  const usual = `${Math.round(anomaly.mean)} ± ${Math.round(anomaly.sigma)}`;
  const notification = await notify(
    uow,
    {
      organizationId: brand.organizationId,
      brandId: brand.id,
      kind: spike ? notificationKinds.spike : notificationKinds.drop,
      title: spike ? `Unusual engagement spike for ${brand.name}` : `Unusual engagement drop for ${brand.name}`,
      body: `${brand.name}'s posts got ${Math.round(anomaly.today)} interactions in the last 24 hours; a usual day brings ${usual}.`,
      link: `/analytics?brandId=${brand.id}`,
      data: { kind: anomaly.kind, today: anomaly.today, mean: anomaly.mean, sigma: anomaly.sigma, days: gains.filter((gain) => gain !== null).length },
      dedupeKey: `activity:${brand.id}:${now.toISOString().slice(0, 10)}`,
    },
    now,
  );
  return notification ? 1 : 0;
}
