import type { BrandRecord, BrandWrite } from './brand';

/** The writable fields of a brand plus its status: what the audit log records. */
const auditedFields = [
  'name',
  'industry',
  'status',
  'onboardingStep',
  'logoMediaId',
  'colors',
  'pillars',
  'tone',
  'audience',
  'voiceSamples',
  'preferences',
] as const satisfies ReadonlyArray<keyof BrandRecord>;

type AuditedField = (typeof auditedFields)[number];
export type BrandSnapshot = Partial<Pick<BrandRecord, AuditedField>>;

/** A brand as the audit log stores it (no ids or timestamps: the row has those). */
export function brandSnapshot(brand: BrandRecord): BrandSnapshot {
  return Object.fromEntries(auditedFields.map((field) => [field, brand[field]])) as BrandSnapshot;
}

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep the key order it was given. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).sort(([left], [right]) => left.localeCompare(right)).map(([key, inner]) => [key, canonical(inner)]));
  }
  return value;
}

export const sameValue = (left: unknown, right: unknown) => JSON.stringify(canonical(left)) === JSON.stringify(canonical(right));

/**
 * Only the fields a patch actually changes, before and after, so an audit row of an
 * autosaving wizard step shows what moved rather than the whole brand.
 */
export function changedBrandFields(before: BrandRecord, after: BrandRecord | BrandWrite): { before: BrandSnapshot; after: BrandSnapshot } {
  const changed = auditedFields.filter((field) => field in after && !sameValue(before[field], (after as BrandSnapshot)[field]));
  return {
    before: Object.fromEntries(changed.map((field) => [field, before[field]])) as BrandSnapshot,
    after: Object.fromEntries(changed.map((field) => [field, (after as BrandSnapshot)[field]])) as BrandSnapshot,
  };
}
