import { describe, expect, it } from 'vitest';
import type { BrandRecord } from './brand';
import { brandSnapshot, changedBrandFields, sameValue } from './brand-snapshot';

const brand: BrandRecord = {
  id: '00000000-0000-4000-8000-000000000001',
  organizationId: '00000000-0000-4000-8000-000000000002',
  name: 'Acme',
  industry: 'tech',
  status: 'draft',
  onboardingStep: 2,
  logoMediaId: null,
  colors: { primary: '#112233', secondary: '#445566' },
  pillars: [],
  tone: null,
  audience: { roles: [], geographies: [], companySizes: [] },
  voiceSamples: [],
  preferences: { timeZone: 'UTC', postsPerWeek: 3, preferredDays: [], preferredHours: [] },
  createdAt: new Date(),
  updatedAt: new Date(),
};

describe('brand audit snapshots', () => {
  it('leave ids and timestamps to the audit row itself', () => {
    expect(Object.keys(brandSnapshot(brand))).not.toContain('id');
    expect(Object.keys(brandSnapshot(brand))).not.toContain('createdAt');
  });

  it('compare JSON values regardless of key order (jsonb reorders keys)', () => {
    expect(sameValue({ a: 1, b: { c: [1, 2], d: 'x' } }, { b: { d: 'x', c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  });

  it('record only the fields a patch really changes', () => {
    const patch = {
      name: 'Acme',
      preferences: { postsPerWeek: 3, preferredDays: [], preferredHours: [], timeZone: 'UTC' },
      tone: 'playful' as const,
      onboardingStep: 3,
    };
    expect(changedBrandFields(brand, patch)).toEqual({
      before: { tone: null, onboardingStep: 2 },
      after: { tone: 'playful', onboardingStep: 3 },
    });
  });
});
