import { useId } from 'react';
import { Link } from 'react-router';
import type { RankedTrend } from '../../api/schemas/trend.ts';
import { Button } from '../../components/Button.tsx';
import { buttonClassName } from '../../components/button-styles.ts';
import { capitalise } from '../../components/labels.ts';
import { platformLabels } from '../../components/platform-labels.ts';
import { relativeTimeOf } from '../../components/relative-time.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatOptions } from '../create/studio-options.ts';
import { MomentumSparkline } from './MomentumSparkline.tsx';
import { ScoreBreakdown } from './ScoreBreakdown.tsx';
import { sentimentBadges } from './trend-labels.ts';
import { generatePostHref } from './trend-links.ts';
import { TrendSourceList } from './TrendSourceList.tsx';

interface TrendCardProps {
  brandId: string;
  ranked: RankedTrend;
  /** False for people who may only read trends (viewers): they get no Generate or Dismiss. */
  actionable: boolean;
  onDismiss: (ranked: RankedTrend) => void;
}

const formatLabel = (format: string) => formatOptions.find((option) => option.value === format)?.label ?? format;

/** One ranked trend: what it is, why it ranks where it does, and what to do with it. */
export function TrendCard({ brandId, ranked, actionable, onDismiss }: TrendCardProps) {
  const { trend, score } = ranked;
  const titleId = useId();
  const sentiment = sentimentBadges[trend.sentimentLabel];
  return (
    <article aria-labelledby={titleId} className="space-y-3 rounded-lg border border-neutral-200 bg-white p-4 shadow-sm">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <p className="text-xs font-medium text-neutral-500">
            #{score.rank} · {capitalise(trend.category)} · last seen {relativeTimeOf(trend.lastSeenAt)}
          </p>
          <h3 id={titleId} className="text-base font-semibold text-neutral-900">
            {trend.url ? (
              <a href={trend.url} target="_blank" rel="noopener noreferrer" className="hover:underline">
                {trend.title}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            ) : (
              trend.title
            )}
          </h3>
        </div>
        <MomentumSparkline momentum={trend.momentum} history={trend.history} />
      </div>
      {trend.summary && <p className="text-sm text-neutral-700">{trend.summary}</p>}
      <div className="flex flex-wrap items-center gap-2">
        <StatusBadge label={sentiment.label} tone={sentiment.tone} />
        <TrendSourceList sources={trend.sources} trendTitle={trend.title} />
      </div>
      <ScoreBreakdown score={score} trendTitle={trend.title} />
      <p className="text-sm text-neutral-700">{score.reason}</p>
      <p className="text-sm text-neutral-600">
        Suggested: {platformLabels[score.suggestedPlatform]} · {formatLabel(score.suggestedFormat)}
      </p>
      {actionable && (
        <div className="flex flex-wrap gap-2">
          <Link to={generatePostHref(brandId, ranked)} aria-describedby={titleId} className={buttonClassName('primary')}>
            Generate post
          </Link>
          <Button variant="secondary" aria-describedby={titleId} onClick={() => onDismiss(ranked)}>
            Dismiss
          </Button>
        </div>
      )}
    </article>
  );
}
