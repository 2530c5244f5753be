import { trendSourceLabels } from '@socialseed/core/trends/trend-item';
import type { ScoreComponent, Sentiment, TrendRunStatus, TrendSourceId } from '../../api/schemas/trend.ts';
import type { StatusTone } from '../../components/status-tones.ts';

/** The domain's source names, except that the Sandbox says plainly its stories are simulated. */
export const sourceLabels: Record<TrendSourceId, string> = { ...trendSourceLabels, sandbox: 'Sandbox (simulated)' };

/** A source id from a run summary, which may name a source this UI does not know yet. */
export function sourceLabel(source: string): string {
  return source in sourceLabels ? sourceLabels[source as TrendSourceId] : source;
}

/** The score's parts in the order the server weighs them; "rl" is what past posts taught. */
export const scoreComponentLabels: Record<ScoreComponent, string> = {
  relevance: 'Relevance',
  opportunity: 'Opportunity',
  format: 'Format',
  rl: 'Past results',
};

export const scoreComponents: readonly ScoreComponent[] = ['relevance', 'opportunity', 'format', 'rl'];

/** Segment colours of the breakdown bar, one per component, readable beside each other. */
export const scoreComponentColours: Record<ScoreComponent, string> = {
  relevance: 'bg-accent-700',
  opportunity: 'bg-sky-600',
  format: 'bg-amber-500',
  rl: 'bg-violet-500',
};

export const sentimentBadges: Record<Sentiment, { label: string; tone: StatusTone }> = {
  positive: { label: 'Positive sentiment', tone: 'active' },
  neutral: { label: 'Neutral sentiment', tone: 'neutral' },
  negative: { label: 'Negative sentiment', tone: 'danger' },
};

export const runStatusLabels: Record<TrendRunStatus, string> = {
  queued: 'waiting for a worker',
  running: 'fetching trends',
  succeeded: 'finished',
  partial: 'finished, but some sources failed',
  failed: 'failed',
  skipped: 'skipped',
};

/** Runs still under way: the page polls while the newest run is in one of these. */
export function isRunActive(status: TrendRunStatus | undefined): boolean {
  return status === 'queued' || status === 'running';
}

/**
 * Why a source this installation cannot use is unavailable: three need a key (docs/configuration.md,
 * "Trends"); the keyless ones are only missing when the administrator turned them off.
 */
const unavailableReasons: Record<TrendSourceId, string> = {
  reddit: 'not configured — add a key to enable',
  newsapi: 'not configured — add a key to enable',
  x: 'not configured — add a key to enable',
  hackernews: 'turned off on this installation (TRENDS_PUBLIC_SOURCES)',
  google_trends: 'turned off on this installation (TRENDS_PUBLIC_SOURCES)',
  rss: 'turned off on this installation (TRENDS_PUBLIC_SOURCES)',
  sandbox: 'turned off on this installation (TRENDS_SANDBOX)',
};

export function unavailableReason(source: string): string {
  return source in unavailableReasons ? unavailableReasons[source as TrendSourceId] : 'not configured — add a key to enable';
}

/** What each source outcome of a run means for the person reading it (not_configured: see above). */
export const sourceOutcomeLabels: Record<string, string> = {
  ok: 'answered',
  failed: 'failed',
  rate_limited: 'rate limited, will retry later',
  circuit_open: 'paused after repeated failures',
  disabled: 'off — no brand follows it',
};
