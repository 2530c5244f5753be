import type { FieldErrors } from '../api/api-error.ts';

/** True when `issueField` belongs to one of the inputs on screen (`audience.roles.0` → `audience.roles`). */
export function isFieldShown(issueField: string, shownFields: readonly string[]): boolean {
  return shownFields.some((field) => issueField === field || issueField.startsWith(`${field}.`));
}

/** The message for an input, including messages about its items (`pillars.2` for the pillar list). */
export function errorFor(errors: FieldErrors, field: string): string | undefined {
  if (errors[field]) return errors[field];
  const nested = Object.keys(errors).find((key) => key.startsWith(`${field}.`));
  return nested ? errors[nested] : undefined;
}
