import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PerformanceGroup } from '../../api/schemas/analytics.ts';
import { formatRate, formatReward } from './analytics-format.ts';
import { accentColour } from './chart-colours.ts';

export type GroupMeasure = 'averageReward' | 'engagementRate';

interface GroupBarChartProps {
  title: string;
  groups: readonly PerformanceGroup[];
  measure: GroupMeasure;
  /** The group key as people read it ("provocative" → "Provocative"). */
  nameOf: (key: string) => string;
}

const format = (measure: GroupMeasure, value: number | null) => (measure === 'averageReward' ? formatReward(value) : formatRate(value));

/**
 * One dimension (tone, format or platform) as horizontal bars, best first. The same figures are
 * listed for screen readers, who cannot read the bars.
 */
export function GroupBarChart({ title, groups, measure, nameOf }: GroupBarChartProps) {
  const rows = groups
    .map((group) => ({ name: nameOf(group.key), value: group[measure], posts: group.posts }))
    .sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
  const measured = rows.some((row) => row.value !== null);
  return (
    <figure className="m-0 min-w-0" aria-label={`${title}: ${measure === 'averageReward' ? 'average reward' : 'engagement rate'}`}>
      <figcaption className="text-sm font-medium text-neutral-800">{title}</figcaption>
      {!measured ? (
        <p className="mt-2 text-sm text-neutral-600">No measured posts yet.</p>
      ) : (
        <>
          <div className="mt-2 h-56 w-full" data-chart={`by-${title.toLowerCase()}`}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e5e5e5" horizontal={false} />
                <XAxis type="number" tickFormatter={(value: number) => format(measure, value)} tick={{ fontSize: 11 }} />
                <YAxis type="category" dataKey="name" width={104} tick={{ fontSize: 12 }} />
                <Tooltip
                  formatter={(value, _name, item) => [`${format(measure, Number(value))} (${String((item.payload as { posts: number }).posts)} posts)`, measure === 'averageReward' ? 'Average reward' : 'Engagement rate']}
                />
                <Bar dataKey="value" fill={accentColour} radius={[0, 4, 4, 0]} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <ul className="sr-only">
            {rows.map((row) => (
              <li key={row.name}>
                {row.name}: {format(measure, row.value)} over {row.posts} posts
              </li>
            ))}
          </ul>
        </>
      )}
    </figure>
  );
}
