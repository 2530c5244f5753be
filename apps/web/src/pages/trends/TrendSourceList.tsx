import type { TrendSourceId } from '../../api/schemas/trend.ts';
import { sourceLabels } from './trend-labels.ts';

/** Where the story was reported; Sandbox stories are marked as simulated, never passed off as real. */
export function TrendSourceList({ sources, trendTitle }: { sources: readonly TrendSourceId[]; trendTitle: string }) {
  return (
    <ul aria-label={`Sources of ${trendTitle}`} className="flex flex-wrap gap-1.5">
      {sources.map((source) => (
        <li
          key={source}
          className={`rounded px-1.5 py-0.5 text-xs font-medium ${source === 'sandbox' ? 'bg-amber-50 text-amber-800 ring-1 ring-amber-200 ring-inset' : 'bg-neutral-100 text-neutral-700'}`}
        >
          {sourceLabels[source]}
        </li>
      ))}
    </ul>
  );
}
