import { useState } from 'react';
import type { Audience } from '../../api/schemas/analytics.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { formatName, platformName, toneName } from './analytics-format.ts';
import { EmptyPanelState } from './EmptyPanelState.tsx';
import { GroupBarChart, type GroupMeasure } from './GroupBarChart.tsx';

const measureOptions = [
  { value: 'averageReward', label: 'Average reward (0–5)' },
  { value: 'engagementRate', label: 'Engagement rate' },
];

/** How the brand's posts did by tone, by format and by platform, side by side. */
export function PerformanceBreakdown({ audience }: { audience: Audience }) {
  const [measure, setMeasure] = useState<GroupMeasure>('averageReward');
  const empty = audience.byTone.length + audience.byFormat.length + audience.byPlatform.length === 0;
  if (empty) {
    return <EmptyPanelState title="No measured posts in this period.">Each published post counts towards its tone, format and platform once its first metrics arrive.</EmptyPanelState>;
  }
  return (
    <div className="space-y-3">
      <SelectField label="Compare by" value={measure} onChange={(value) => setMeasure(value as GroupMeasure)} options={measureOptions} className="max-w-xs" />
      <div className="grid gap-6 lg:grid-cols-3">
        <GroupBarChart title="Tone" groups={audience.byTone} measure={measure} nameOf={toneName} />
        <GroupBarChart title="Format" groups={audience.byFormat} measure={measure} nameOf={formatName} />
        <GroupBarChart title="Platform" groups={audience.byPlatform} measure={measure} nameOf={platformName} />
      </div>
    </div>
  );
}
