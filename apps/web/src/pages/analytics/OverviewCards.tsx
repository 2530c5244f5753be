import type { Overview, TotalsKey } from '../../api/schemas/analytics.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatChange, formatCount, formatRate, formatReward } from './analytics-format.ts';

interface CardDefinition {
  key: TotalsKey;
  label: string;
  format: (value: number | null) => string;
}

const cards: readonly CardDefinition[] = [
  { key: 'posts', label: 'Posts published', format: formatCount },
  { key: 'impressions', label: 'Impressions', format: formatCount },
  { key: 'likes', label: 'Likes', format: formatCount },
  { key: 'comments', label: 'Comments', format: formatCount },
  { key: 'shares', label: 'Shares', format: formatCount },
  { key: 'engagementRate', label: 'Engagement rate', format: formatRate },
  { key: 'averageReward', label: 'Average reward (0–5)', format: formatReward },
];

function Delta({ value, days }: { value: number | null | undefined; days: number }) {
  if (value === null || value === undefined) return <p className="text-xs text-neutral-500">No earlier figure to compare</p>;
  const colour = value > 0 ? 'text-accent-700' : value < 0 ? 'text-red-700' : 'text-neutral-600';
  const arrow = value > 0 ? '↑' : value < 0 ? '↓' : '→';
  return (
    <p className={`text-xs font-medium ${colour}`}>
      <span aria-hidden="true">{arrow} </span>
      {formatChange(value)} vs the previous {days} days
    </p>
  );
}

/** The period's totals, each with its change against the period before. */
export function OverviewCards({ overview, days }: { overview: Overview; days: number }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 xl:grid-cols-7">
      {cards.map((card) => (
        <div key={card.key} className="rounded-lg border border-neutral-200 bg-white p-4 shadow-sm">
          <dt className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs font-medium text-neutral-600">
            {card.label}
            {card.key === 'impressions' && overview.estimated && <StatusBadge label="Estimated" tone="info" />}
          </dt>
          <dd className="mt-1 space-y-1">
            <p className="text-2xl font-semibold tabular-nums text-neutral-900">{card.format(overview.totals[card.key])}</p>
            <Delta value={overview.deltas[card.key]} days={days} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
