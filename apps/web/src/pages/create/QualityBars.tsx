import { qualityParts, type QualityScore } from '../../api/schemas/ai.ts';
import { qualityPartLabels } from './studio-options.ts';

const percent = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 100);

/** The score and each of its parts as a small bar, with the number in words for screen readers. */
export function QualityBars({ quality, label }: { quality: QualityScore; label: string }) {
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium text-neutral-800">
        Quality score <span className="tabular-nums">{percent(quality.score)}</span>/100
        {quality.matchedPillar && <span className="font-normal text-neutral-600"> · closest pillar: {quality.matchedPillar}</span>}
      </p>
      <ul aria-label={`${label} score breakdown`} className="space-y-1 text-xs text-neutral-700">
        {qualityParts.map((part) => (
          <li key={part} className="grid grid-cols-[7.5rem_1fr_2rem] items-center gap-2">
            <span>{qualityPartLabels[part]}</span>
            <span className="h-1.5 overflow-hidden rounded-full bg-neutral-100" aria-hidden="true">
              <span className="block h-full rounded-full bg-accent-600" style={{ width: `${percent(quality.parts[part])}%` }} />
            </span>
            <span className="text-right tabular-nums">{percent(quality.parts[part])}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
