import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { EngagementPoint } from '../../api/schemas/analytics.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { formatCompact, formatCount, formatDay, formatRate, platformName } from './analytics-format.ts';
import { platformColour } from './chart-colours.ts';
import { EmptyPanelState } from './EmptyPanelState.tsx';
import { engagementMetricLabels, engagementMetrics, hasValues, pivotSeries, platformsOf, type EngagementMetric } from './engagement-series.ts';

const metricOptions = engagementMetrics.map((metric) => ({ value: metric, label: engagementMetricLabels[metric] }));

/** Engagement per platform over the period, one line each, with a picker for the measure drawn. */
export function EngagementChart({ series, interval }: { series: readonly EngagementPoint[]; interval: 'day' | 'week' }) {
  const [metric, setMetric] = useState<EngagementMetric>('interactions');
  const platforms = platformsOf(series);
  const rows = pivotSeries(series, metric);
  const formatValue = metric === 'engagementRate' ? (value: number) => formatRate(value) : (value: number) => formatCount(value);
  const formatTick = metric === 'engagementRate' ? (value: number) => formatRate(value) : formatCompact;

  return (
    <div className="space-y-3">
      <SelectField
        label="Measure"
        value={metric}
        onChange={(value) => setMetric(value as EngagementMetric)}
        options={metricOptions}
        className="max-w-xs"
      />
      {!hasValues(series, metric) ? (
        <EmptyPanelState title="Nothing measured in this period yet.">The networks have not reported this figure for the brand’s posts.</EmptyPanelState>
      ) : (
        <figure aria-label={`${engagementMetricLabels[metric]} per ${interval} and platform`} className="m-0">
          <div className="h-72 w-full" data-chart="engagement">
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e5e5e5" />
                <XAxis dataKey="date" tickFormatter={formatDay} tick={{ fontSize: 12 }} minTickGap={16} />
                <YAxis tickFormatter={formatTick} tick={{ fontSize: 12 }} width={56} />
                <Tooltip labelFormatter={(label) => formatDay(String(label))} formatter={(value, name) => [formatValue(Number(value)), String(name)]} />
                <Legend />
                {platforms.map((platform, index) => (
                  <Line
                    key={platform}
                    type="monotone"
                    dataKey={platform}
                    name={platformName(platform)}
                    stroke={platformColour(platform, index)}
                    strokeWidth={2}
                    dot={rows.length <= 14}
                    connectNulls={false}
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <figcaption className="sr-only">
            {engagementMetricLabels[metric]} per {interval} for {platforms.map(platformName).join(', ')}; the top posts table below lists the figures per post.
          </figcaption>
        </figure>
      )}
    </div>
  );
}
