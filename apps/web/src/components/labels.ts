/** "fintech" → "Fintech", "1000+" stays as is: labels for enum values shown to people. */
export function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

export function toOptions(values: readonly string[]): { value: string; label: string }[] {
  return values.map((value) => ({ value, label: capitalise(value) }));
}
