import type { TrendSnapshot } from '../../api/schemas/trend.ts';
import { describeMomentum, momentumDirection, sparklinePoints, sparklineSeries } from './momentum.ts';

const width = 96;
const height = 28;

const strokeColours = { rising: 'stroke-accent-700', falling: 'stroke-red-600', steady: 'stroke-neutral-500' } as const;
const textColours = { rising: 'text-accent-700', falling: 'text-red-600', steady: 'text-neutral-500' } as const;
const directionCaptions = { rising: '↗ Rising', falling: '↘ Falling', steady: '→ Steady' } as const;

/** The trend's history as a tiny line; its label says in words whether it is rising or falling. */
export function MomentumSparkline({ momentum, history }: { momentum: number; history: readonly TrendSnapshot[] }) {
  const { values } = sparklineSeries(history);
  const direction = momentumDirection(momentum);
  const points = sparklinePoints(values, width, height);
  return (
    <div className="flex shrink-0 flex-col items-end gap-0.5">
      <svg role="img" aria-label={describeMomentum(momentum, history)} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="overflow-visible">
        {values.length > 1 ? (
          <polyline points={points} fill="none" strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" className={strokeColours[direction]} />
        ) : (
          <circle cx={width / 2} cy={height / 2} r={3} className={`fill-current ${textColours[direction]}`} />
        )}
      </svg>
      {/* The same as the image's label, for sighted readers; hidden from screen readers to avoid saying it twice. */}
      <span aria-hidden="true" className={`text-xs font-medium ${textColours[direction]}`}>
        {directionCaptions[direction]}
      </span>
    </div>
  );
}
