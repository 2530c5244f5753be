import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AccountGrowth } from '../../api/schemas/analytics.ts';
import { formatChange, formatCompact, formatCount, formatDay, platformName } from './analytics-format.ts';
import { seriesColour } from './chart-colours.ts';
import { EmptyPanelState } from './EmptyPanelState.tsx';

type GrowthRow = { date: string } & Record<string, number | null | string>;

/** One row per date with a column per account, gaps left as null. */
function rowsOf(accounts: readonly AccountGrowth[]): GrowthRow[] {
  const rows = new Map<string, GrowthRow>();
  for (const account of accounts) {
    for (const point of account.points) {
      const row: GrowthRow = rows.get(point.date) ?? { date: point.date };
      row[account.accountId] = point.followers;
      rows.set(point.date, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Five per cent of room above and below the counts: follower totals move little, and a tight
 * domain would label every tick with the same rounded number ("4.5K" five times).
 */
const paddedDomain: [(min: number) => number, (max: number) => number] = [(min) => Math.max(0, Math.floor(min * 0.95)), (max) => Math.ceil(max * 1.05)];

const growthColour = (growth: number) => (growth > 0 ? 'text-accent-700' : growth < 0 ? 'text-red-700' : 'text-neutral-600');

const accountName = (account: AccountGrowth) => `@${account.handle} · ${platformName(account.platform)}`;

/** Followers of each of the brand's accounts over the period, and the change in per cent; the list doubles as the chart's legend. */
export function FollowerGrowth({ accounts }: { accounts: readonly AccountGrowth[] }) {
  const measured = accounts.filter((account) => account.points.some((point) => point.followers !== null));
  if (measured.length === 0) {
    return <EmptyPanelState title="No follower counts yet.">They are recorded each time the brand’s accounts are synced.</EmptyPanelState>;
  }
  const rows = rowsOf(measured);
  const names = new Map(measured.map((account) => [account.accountId, accountName(account)]));
  return (
    <div className="space-y-3">
      <ul aria-label="Follower growth per account" className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {measured.map((account, index) => {
          const latest = [...account.points].reverse().find((point) => point.followers !== null)?.followers ?? null;
          return (
            <li key={account.accountId} className="flex items-center gap-2">
              <span aria-hidden="true" className="h-0.5 w-4 rounded-full" style={{ backgroundColor: seriesColour(index) }} />
              <span>
                <span className="font-medium text-neutral-900">{accountName(account)}</span>: {formatCount(latest)} followers
                {account.growth !== null && <span className={growthColour(account.growth)}> ({formatChange(account.growth)})</span>}
              </span>
            </li>
          );
        })}
      </ul>
      <div className="h-56 w-full" data-chart="growth">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e5e5e5" />
            <XAxis dataKey="date" tickFormatter={formatDay} tick={{ fontSize: 12 }} minTickGap={16} />
            <YAxis tickFormatter={formatCompact} tick={{ fontSize: 12 }} width={56} domain={paddedDomain} allowDecimals={false} />
            <Tooltip labelFormatter={(label) => formatDay(String(label))} formatter={(value, name) => [formatCount(Number(value)), names.get(String(name)) ?? String(name)]} />
            {measured.map((account, index) => (
              <Line key={account.accountId} type="monotone" dataKey={account.accountId} stroke={seriesColour(index)} strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
