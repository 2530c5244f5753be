import type { BestTimeTable } from '../../api/schemas/analytics.ts';

export const hoursPerDay = 24;
export const hoursPerWeek = 168;

/** Rows of the map, Monday first; `index` is the day in hour-of-week terms (0 = Sunday). */
export const heatMapDays = [
  { index: 1, name: 'Monday', short: 'Mon' },
  { index: 2, name: 'Tuesday', short: 'Tue' },
  { index: 3, name: 'Wednesday', short: 'Wed' },
  { index: 4, name: 'Thursday', short: 'Thu' },
  { index: 5, name: 'Friday', short: 'Fri' },
  { index: 6, name: 'Saturday', short: 'Sat' },
  { index: 0, name: 'Sunday', short: 'Sun' },
] as const;

export const hours = Array.from({ length: hoursPerDay }, (_, hour) => hour);

export const slotOf = (dayIndex: number, hour: number) => dayIndex * hoursPerDay + hour;

const pad = (value: number) => String(value).padStart(2, '0');

/** "09:00–10:00". */
export function hourRange(hour: number): string {
  return `${pad(hour)}:00–${pad((hour + 1) % hoursPerDay)}:00`;
}

/** "Tuesday 09:00–10:00" for an hour of the week (0 = Sunday 00:00). */
export function describeSlot(slot: number): string {
  const day = heatMapDays.find((candidate) => candidate.index === Math.floor(slot / hoursPerDay));
  return `${day?.name ?? 'Unknown day'} ${hourRange(slot % hoursPerDay)}`;
}

/**
 * The slot with the highest expected reward. The server names it; a table whose peak is
 * missing or out of range (older models) falls back to the largest value.
 */
export function peakOf(table: BestTimeTable): number {
  if (Number.isInteger(table.peakSlot) && table.peakSlot >= 0 && table.peakSlot < table.expectedReward.length) return table.peakSlot;
  let best = 0;
  table.expectedReward.forEach((value, slot) => {
    if (value > (table.expectedReward[best] ?? -Infinity)) best = slot;
  });
  return best;
}

export interface ValueScale {
  min: number;
  max: number;
  /** 0 for the lowest slot, 1 for the highest; 0.5 everywhere when every slot is equal. */
  intensity: (value: number) => number;
}

export function scaleOf(values: readonly number[]): ValueScale {
  const finite = values.filter((value) => Number.isFinite(value));
  const min = finite.length > 0 ? Math.min(...finite) : 0;
  const max = finite.length > 0 ? Math.max(...finite) : 0;
  const span = max - min;
  return { min, max, intensity: (value) => (span > 0 ? Math.min(Math.max((value - min) / span, 0), 1) : 0.5) };
}

/** The accent colour mixed with white: pale for the worst slots, strong for the best. */
export function cellColour(intensity: number): string {
  const share = Math.round(6 + intensity * 88);
  return `color-mix(in oklch, var(--color-accent-700) ${share}%, white)`;
}
