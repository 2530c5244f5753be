import type { TrendSnapshot } from '../../api/schemas/trend.ts';

/** Below this magnitude the momentum reads as steady rather than rising or falling. */
const steadyBand = 0.1;

export type MomentumDirection = 'rising' | 'falling' | 'steady';

export function momentumDirection(momentum: number): MomentumDirection {
  if (momentum > steadyBand) return 'rising';
  if (momentum < -steadyBand) return 'falling';
  return 'steady';
}

/**
 * The series the sparkline draws: engagement when every snapshot has it (it moves more than
 * mentions), otherwise mentions, which every source reports.
 */
export function sparklineSeries(history: readonly TrendSnapshot[]): { measure: 'engagement' | 'mentions'; values: number[] } {
  const engagement = history.map((snapshot) => snapshot.engagement);
  if (history.length > 0 && engagement.every((value): value is number => value !== null)) return { measure: 'engagement', values: engagement };
  return { measure: 'mentions', values: history.map((snapshot) => snapshot.mentions) };
}

/** SVG polyline points for `values` scaled into a width × height box (y grows downwards). */
export function sparklinePoints(values: readonly number[], width: number, height: number, padding = 2): string {
  if (values.length === 0) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const stepX = values.length > 1 ? (width - padding * 2) / (values.length - 1) : 0;
  return values
    .map((value, index) => {
      // A flat series sits in the middle rather than on the floor.
      const y = max === min ? height / 2 : height - padding - ((value - min) / span) * (height - padding * 2);
      const x = values.length > 1 ? padding + index * stepX : width / 2;
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

const wholeNumber = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

export function describeMomentum(momentum: number, history: readonly TrendSnapshot[]): string {
  const direction = momentumDirection(momentum);
  const signed = `${momentum >= 0 ? '+' : ''}${momentum.toFixed(2)}`;
  const { measure, values } = sparklineSeries(history);
  const first = values[0];
  const last = values[values.length - 1];
  const trail = values.length > 1 && first !== undefined && last !== undefined ? `; ${measure} ${wholeNumber.format(first)} → ${wholeNumber.format(last)} over ${values.length} runs` : '; seen in one run so far';
  return `Momentum ${direction} (${signed})${trail}`;
}
