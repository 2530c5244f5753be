/**
 * Small hand-written checks of the vendors' documented request fields (testkit has no schema
 * library of its own): each returns the problems found, as `field: message`.
 */
export type Check = (value: unknown) => string | null;

export const isString: Check = (value) => (typeof value === 'string' && value.length > 0 ? null : 'must be a non-empty string');
export const isPositiveInteger: Check = (value) => (Number.isInteger(value) && (value as number) > 0 ? null : 'must be a positive integer');
export const isObject: Check = (value) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? null : 'must be an object');
export const inRange =
  (min: number, max: number): Check =>
  (value) =>
    typeof value === 'number' && value >= min && value <= max ? null : `must be a number in [${min}, ${max}]`;

/** Checks required and optional fields of `body`; unknown fields are allowed (vendors add many). */
export function checkFields(body: Record<string, unknown>, required: Record<string, Check>, optional: Record<string, Check> = {}): string[] {
  const problems: string[] = [];
  for (const [field, check] of Object.entries(required)) {
    const problem = field in body ? check(body[field]) : 'is required';
    if (problem) problems.push(`${field}: ${problem}`);
  }
  for (const [field, check] of Object.entries(optional)) {
    if (body[field] === undefined) continue;
    const problem = check(body[field]);
    if (problem) problems.push(`${field}: ${problem}`);
  }
  return problems;
}

/** A non-empty array of `{ role, content }` with roles from `roles` and string or block-array content. */
export function messagesCheck(roles: readonly string[]): Check {
  return (value) => {
    if (!Array.isArray(value) || value.length === 0) return 'must be a non-empty array';
    for (const [index, message] of value.entries()) {
      if (isObject(message)) return `${index} must be an object`;
      const { role, content } = message as { role?: unknown; content?: unknown };
      if (typeof role !== 'string' || !roles.includes(role)) return `${index}.role must be one of ${roles.join(', ')}`;
      if (typeof content !== 'string' && !Array.isArray(content)) return `${index}.content must be a string or an array of blocks`;
    }
    return null;
  };
}
