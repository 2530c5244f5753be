/** The browser's own zone, the best default for where the person schedules from. */
export { browserTimeZone } from '../../../components/local-time.ts';

/**
 * Every IANA zone the browser knows. The list may leave out aliases such as "UTC" that a
 * browser still reports as its own zone, so the current value is always included.
 */
export function timeZoneOptions(current: string): { value: string; label: string }[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add(current);
  return [...zones].sort().map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}
