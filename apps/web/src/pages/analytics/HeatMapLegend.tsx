import { formatReward } from './analytics-format.ts';
import { cellColour, type ValueScale } from './heat-map.ts';

const steps = [0, 0.25, 0.5, 0.75, 1];

/** What the colours mean: the range of expected rewards from pale to strong, and the star. */
export function HeatMapLegend({ scale }: { scale: ValueScale }) {
  return (
    <div role="group" aria-label="Heat map legend" className="flex flex-wrap items-center gap-4 text-xs text-neutral-600">
      <div className="flex items-center gap-2">
        <span>Lower reward {formatReward(scale.min)}</span>
        <span aria-hidden="true" className="flex">
          {steps.map((step) => (
            <span key={step} className="h-3 w-6 first:rounded-l-sm last:rounded-r-sm" style={{ backgroundColor: cellColour(step) }} />
          ))}
        </span>
        <span>Higher reward {formatReward(scale.max)}</span>
      </div>
      <div className="flex items-center gap-1">
        <span aria-hidden="true" className="grid size-4 place-items-center rounded-sm text-amber-700 ring-2 ring-amber-500 ring-inset">
          ★
        </span>
        <span>Best time</span>
      </div>
      <p>Slots with few posts lean towards the network’s usual busy hours.</p>
    </div>
  );
}
