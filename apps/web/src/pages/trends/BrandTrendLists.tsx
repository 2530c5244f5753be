import type { ReactNode } from 'react';
import type { BrandTrends, TrendDecision } from '../../api/schemas/trend.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { isRunActive } from './trend-labels.ts';
import { TrendList } from './TrendList.tsx';
import { TrendNotices } from './TrendNotices.tsx';
import { TrendsEmptyState } from './TrendsEmptyState.tsx';
import { TrendTabs } from './TrendTabs.tsx';
import { useDismissTrend } from './use-dismiss-trend.ts';

interface BrandTrendListsProps {
  brandId: string;
  trends: BrandTrends;
  list: TrendDecision;
  onListChange: (list: TrendDecision) => void;
  /** Editors and above may generate from a trend and dismiss it. */
  actionable: boolean;
  /** Offered in the empty state (Refresh now), or null. */
  emptyAction: ReactNode;
  /** A run is under way: the empty state waits for it instead of saying nothing was found. */
  running: boolean;
}

/** The brand's recommended and watchlist trends as tabs, with dismissal and the offline notices. */
export function BrandTrendLists({ brandId, trends, list, onListChange, actionable, emptyAction, running }: BrandTrendListsProps) {
  const dismiss = useDismissTrend(brandId);
  const all = [...trends.recommended, ...trends.watchlist];
  const hasRun = trends.lastRun !== null && !isRunActive(trends.lastRun.status);
  // Confirmed once the server agreed; until then the card is only hidden optimistically.
  const dismissed = dismiss.isSuccess ? dismiss.variables : undefined;

  return (
    <div className="space-y-4">
      <TrendNotices embeddingModel={trends.embeddingModel} trends={all} />
      <FormAlert error={dismiss.error} />
      {dismissed && <StatusMessage>Dismissed “{dismissed.trend.title}”. It will not be suggested for this brand again.</StatusMessage>}
      {all.length === 0 ? (
        running ? null : <TrendsEmptyState hasRun={hasRun} action={emptyAction} />
      ) : (
        <TrendTabs current={list} counts={{ recommended: trends.recommended.length, watchlist: trends.watchlist.length }} onChange={onListChange}>
          <TrendList brandId={brandId} decision={list} trends={trends[list]} actionable={actionable} onDismiss={(ranked) => dismiss.mutate(ranked)} />
        </TrendTabs>
      )}
    </div>
  );
}
