import { platformShortNames } from '../../components/platform-labels.ts';
import { capitalise } from '../../components/labels.ts';
import { formatOptions } from '../create/studio-options.ts';

const integerFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const compactFormat = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
const signedPercentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' });
const rewardFormat = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Unknown figures read "—", never 0: the platform did not say. */
export const unknownValue = '—';

export function formatCount(value: number | null): string {
  return value === null ? unknownValue : integerFormat.format(value);
}

/** Axis ticks: 12K rather than 12,000. */
export function formatCompact(value: number): string {
  return compactFormat.format(value);
}

/** A fraction as a percentage: 0.0512 → "5.1%". */
export function formatRate(value: number | null): string {
  return value === null ? unknownValue : percentFormat.format(value);
}

/** A relative change: 0.12 → "+12%". */
export function formatChange(value: number): string {
  return signedPercentFormat.format(value);
}

/** The seed's reward, 0–5, with two decimals. */
export function formatReward(value: number | null): string {
  return value === null ? unknownValue : rewardFormat.format(value);
}

/** "2.3×": a reward against the brand's average. */
export function formatRatio(value: number | null): string {
  return value === null ? unknownValue : `${value.toFixed(1)}×`;
}

/** A platform id from the API as people know it; the Sandbox says it is simulated. */
export function platformName(platform: string): string {
  const short = (platformShortNames as Record<string, string>)[platform];
  if (platform === 'sandbox') return 'Sandbox (simulated)';
  return short ?? capitalise(platform);
}

export function formatName(format: string): string {
  return formatOptions.find((option) => option.value === format)?.label ?? capitalise(format.replaceAll('_', ' '));
}

export function toneName(tone: string): string {
  return capitalise(tone);
}

const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "Mar 3" for a 'YYYY-MM-DD' date from the API (a calendar date, so read as UTC). */
export function formatDay(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : dayFormat.format(parsed);
}
