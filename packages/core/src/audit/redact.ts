/** Keys whose values never reach the audit log, whatever object they sit in. */
const SECRET_KEY = /pass(word)?|secret|token|hash|api[-_]?key|authorization|cookie|credential/i;

export const REDACTED = '[redacted]';

/** Deep copy with every secret-looking key's value replaced, so audit rows never hold secrets. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, SECRET_KEY.test(key) ? REDACTED : redactSecrets(inner)]),
    );
  }
  return value;
}
