import type { RankedTrend, TrendDecision } from '../../api/schemas/trend.ts';
import { TrendCard } from './TrendCard.tsx';

interface TrendListProps {
  brandId: string;
  decision: TrendDecision;
  trends: readonly RankedTrend[];
  actionable: boolean;
  onDismiss: (ranked: RankedTrend) => void;
}

const emptyMessages: Record<TrendDecision, string> = {
  recommended: 'Nothing is recommended for this brand right now; the watchlist may hold trends worth keeping an eye on.',
  watchlist: 'Nothing on the watchlist: every trend that fits this brand is recommended.',
};

/** One tab's trends, best ranked first. */
export function TrendList({ brandId, decision, trends, actionable, onDismiss }: TrendListProps) {
  if (trends.length === 0) return <p className="text-sm text-neutral-600">{emptyMessages[decision]}</p>;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {trends.map((ranked) => (
        <TrendCard key={ranked.trend.id} brandId={brandId} ranked={ranked} actionable={actionable} onDismiss={onDismiss} />
      ))}
    </div>
  );
}
