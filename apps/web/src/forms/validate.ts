import type { z } from 'zod';
import type { FieldErrors } from '../api/api-error.ts';

export type ValidationResult<Data> = { ok: true; data: Data } | { ok: false; errors: FieldErrors };

/**
 * Checks form values with a zod schema and names errors by dotted path, the same way the
 * API names them, so client and server errors land beside the same inputs.
 */
export function validateForm<Schema extends z.ZodType>(schema: Schema, values: unknown): ValidationResult<z.infer<Schema>> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return { ok: false, errors };
}

/** Moves focus to the first invalid input once React has rendered the errors. */
export function focusFirstInvalid(form: HTMLElement | null): void {
  requestAnimationFrame(() => {
    form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}
