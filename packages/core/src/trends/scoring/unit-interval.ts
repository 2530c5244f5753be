/** Clamps a score into [0, 1]; NaN counts as 0, so a bad input can only lower a score, never raise it. */
export function toUnitInterval(value: number): number {
  if (Number.isNaN(value)) return 0;
  return value < 0 ? 0 : value > 1 ? 1 : value;
}
