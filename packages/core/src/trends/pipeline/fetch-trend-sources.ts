import { isProviderError } from '../../ports/social-provider';
import type { ThrottleRepository } from '../../ports/publishing-repositories';
import type { TrendSource } from '../../ports/trend-source';
import type { TrendItem, TrendSourceId, TrendSourceRequest } from '../trend-item';

/** Consecutive failed fetches before a source's circuit opens, and how long it then rests. */
export const SOURCE_CIRCUIT_THRESHOLD = 3;
export const SOURCE_CIRCUIT_COOL_DOWN_MS = 30 * 60_000;

export type SourceFetchStatus = 'ok' | 'failed' | 'rate_limited' | 'circuit_open' | 'not_configured' | 'disabled';

export interface SourceFetchReport {
  source: TrendSourceId;
  status: SourceFetchStatus;
  items: number;
  error: string | null;
  /** When the source may be asked again (rate limit or open circuit). */
  retryAt: string | null;
  durationMs: number;
}

/**
 * Buckets and circuits are per source for the instance-wide APIs (one Reddit/NewsAPI/X app, one
 * Hacker News), but per organization for feeds: each organization's feeds are different servers,
 * and one organization's broken feeds must not rest everyone's.
 */
export const sourceThrottleKey = (source: TrendSourceId, organizationId: string) => (source === 'rss' ? `trend-source:rss:${organizationId}` : `trend-source:${source}`);

/**
 * Fetches every source side by side, each through the shared rate limiter and circuit breaker
 * (the same PostgreSQL-backed buckets publishing uses, so all workers agree). A source that
 * fails, is rate limited or has its circuit open is reported and contributes nothing; the others
 * still land.
 */
export async function fetchTrendSources(
  throttle: ThrottleRepository,
  sources: TrendSource[],
  request: TrendSourceRequest,
  organizationId: string,
  clock: () => Date,
): Promise<{ items: TrendItem[]; reports: SourceFetchReport[] }> {
  const results = await Promise.all(sources.map((source) => fetchOne(throttle, source, request, sourceThrottleKey(source.id, organizationId), clock)));
  return { items: results.flatMap((result) => result.items), reports: results.map((result) => result.report) };
}

async function fetchOne(
  throttle: ThrottleRepository,
  source: TrendSource,
  request: TrendSourceRequest,
  key: string,
  clock: () => Date,
): Promise<{ items: TrendItem[]; report: SourceFetchReport }> {
  const started = clock();
  const report = (status: SourceFetchStatus, extra: Partial<SourceFetchReport> = {}): SourceFetchReport => ({
    source: source.id,
    status,
    items: 0,
    error: null,
    retryAt: null,
    durationMs: clock().getTime() - started.getTime(),
    ...extra,
  });

  const openUntil = await throttle.circuitOpenUntil(key, started);
  if (openUntil) {
    return { items: [], report: report('circuit_open', { error: 'The source failed repeatedly; resting before the next try.', retryAt: openUntil.toISOString() }) };
  }
  const cost = Math.max(1, source.requestCost(request));
  const taken = await throttle.take(key, { ...source.rateLimit, cost: Math.min(cost, source.rateLimit.capacity) }, started);
  if (!taken.granted) {
    return { items: [], report: report('rate_limited', { error: 'Request budget spent; waiting for it to refill.', retryAt: taken.retryAt?.toISOString() ?? null }) };
  }

  try {
    const items = await source.fetch(request);
    await throttle.recordPlatformSuccess(key);
    return { items, report: report('ok', { items: items.length }) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (isProviderError(error) && error.kind === 'rate_limited') {
      const until = error.retryAt ?? new Date(clock().getTime() + 60_000);
      await throttle.block(key, until, clock());
      return { items: [], report: report('rate_limited', { error: message, retryAt: until.toISOString() }) };
    }
    await throttle.recordPlatformFailure(key, clock(), SOURCE_CIRCUIT_THRESHOLD, SOURCE_CIRCUIT_COOL_DOWN_MS);
    return { items: [], report: report('failed', { error: message.slice(0, 500) }) };
  }
}
