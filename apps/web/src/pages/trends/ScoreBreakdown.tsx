import type { TrendScore } from '../../api/schemas/trend.ts';
import { scoreComponentColours, scoreComponentLabels, scoreComponents } from './trend-labels.ts';

const twoDecimals = (value: number) => value.toFixed(2);

/**
 * How the final score came about: each component times its weight, drawn as one segment of a bar
 * whose full width is a perfect 1.00, and written out as text for those who cannot see the bar.
 */
export function ScoreBreakdown({ score, trendTitle }: { score: TrendScore; trendTitle: string }) {
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium text-neutral-800">
        Score {twoDecimals(score.final)}
        <span className="font-normal text-neutral-600">{score.matchedPillar ? ` · matches pillar “${score.matchedPillar}”` : ' · no pillar matched'}</span>
      </p>
      {/* The list below says the same in words; the bar only shows proportions at a glance. */}
      <div aria-hidden="true" className="flex h-2.5 w-full overflow-hidden rounded-full bg-neutral-100">
        {scoreComponents.map((component) => (
          <div
            key={component}
            className={scoreComponentColours[component]}
            style={{ width: `${Math.max(0, Math.min(1, score[component] * score.weights[component])) * 100}%` }}
          />
        ))}
      </div>
      <ul aria-label={`Score breakdown of ${trendTitle}`} className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-neutral-700">
        {scoreComponents.map((component) => (
          <li key={component} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`size-2 rounded-full ${scoreComponentColours[component]}`} />
            {scoreComponentLabels[component]} {twoDecimals(score[component])} × {score.weights[component]}
          </li>
        ))}
      </ul>
    </div>
  );
}
