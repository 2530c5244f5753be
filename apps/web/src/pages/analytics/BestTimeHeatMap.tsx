import { useState } from 'react';
import type { BestTimeTable } from '../../api/schemas/analytics.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { formatReward, platformName } from './analytics-format.ts';
import { EmptyPanelState } from './EmptyPanelState.tsx';
import { HeatMapGrid } from './HeatMapGrid.tsx';
import { HeatMapLegend } from './HeatMapLegend.tsx';
import { describeSlot, peakOf, scaleOf } from './heat-map.ts';

interface BestTimeHeatMapProps {
  tables: readonly BestTimeTable[];
  timeZone: string;
}

/** When the brand's posts earn the most, per platform: 7 days × 24 hours in the brand's time zone. */
export function BestTimeHeatMap({ tables, timeZone }: BestTimeHeatMapProps) {
  const [chosen, setChosen] = useState<string | null>(null);
  const table = tables.find((candidate) => candidate.platform === chosen) ?? tables[0];
  if (!table) {
    return <EmptyPanelState title="No best times yet.">They are estimated from the brand’s rewarded posts once there are some, starting from each network’s usual busy hours.</EmptyPanelState>;
  }
  const scale = scaleOf(table.expectedReward);
  const peak = peakOf(table);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        {tables.length > 1 ? (
          <SelectField
            label="Platform"
            value={table.platform}
            onChange={setChosen}
            options={tables.map((candidate) => ({ value: candidate.platform, label: platformName(candidate.platform) }))}
            className="max-w-xs"
          />
        ) : (
          <p className="text-sm text-neutral-700">{platformName(table.platform)}</p>
        )}
        <p className="text-sm text-neutral-600">
          Times in {timeZone}. Best: <strong className="font-semibold text-neutral-900">{describeSlot(peak)}</strong> (expected reward {formatReward(table.expectedReward[peak] ?? null)})
        </p>
      </div>
      <HeatMapGrid table={table} peak={peak} scale={scale} platformLabel={platformName(table.platform)} />
      <HeatMapLegend scale={scale} />
    </div>
  );
}
