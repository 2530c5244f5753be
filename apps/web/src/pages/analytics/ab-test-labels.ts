import type { StatusTone } from '../../components/status-tones.ts';

const levelFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

/** 0.95 → "95%". */
export function formatPercentLevel(value: number): string {
  return levelFormat.format(value);
}

/** A p-value as statisticians write it: "p = 0.012", "p < 0.001". */
export function formatPValue(value: number | null): string {
  if (value === null) return 'p unknown';
  return value < 0.001 ? 'p < 0.001' : `p = ${value.toFixed(3)}`;
}

/** Badges for the statuses this UI knows; another shows under its own name. */
export const abStatusBadges: Record<string, { label: string; tone: StatusTone }> = {
  running: { label: 'Running', tone: 'info' },
  kept: { label: 'Winner kept', tone: 'active' },
  reverted: { label: 'Reverted to A', tone: 'neutral' },
};
