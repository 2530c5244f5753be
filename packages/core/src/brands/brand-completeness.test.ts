import { describe, expect, it } from 'vitest';
import { MIN_VOICE_SAMPLES } from './brand';
import { findMissingBrandFields, incompleteBrandError, type BrandCompletenessInput } from './brand-completeness';

const complete: BrandCompletenessInput = {
  name: 'Acme',
  industry: 'tech',
  colors: { primary: '#112233', secondary: '#445566' },
  pillars: ['Product news'],
  tone: 'educational',
  voiceSamples: Array.from({ length: MIN_VOICE_SAMPLES }, (_, index) => `Sample ${index + 1}`),
  preferences: { postsPerWeek: 3, preferredDays: ['mon'], preferredHours: [9], timeZone: 'Europe/Berlin' },
};

const fieldsOf = (brand: BrandCompletenessInput) => findMissingBrandFields(brand).map((issue) => issue.field);

describe('findMissingBrandFields', () => {
  it('finds nothing missing in a complete brand', () => {
    expect(findMissingBrandFields(complete)).toEqual([]);
  });

  it('names every missing field of a fresh draft at once', () => {
    const draft = { ...complete, colors: null, pillars: [], tone: null, voiceSamples: [], preferences: null };
    expect(fieldsOf(draft)).toEqual(['colors', 'pillars', 'tone', 'voiceSamples', 'preferences']);
  });

  it(`needs at least ${MIN_VOICE_SAMPLES} voice samples and says how many there are`, () => {
    const issues = findMissingBrandFields({ ...complete, voiceSamples: complete.voiceSamples.slice(1) });
    expect(issues).toEqual([{ field: 'voiceSamples', message: expect.stringContaining(`${MIN_VOICE_SAMPLES - 1} so far`) }]);
  });

  it('needs between one and five pillars', () => {
    expect(fieldsOf({ ...complete, pillars: ['a', 'b', 'c', 'd', 'e'] })).toEqual([]);
    expect(fieldsOf({ ...complete, pillars: ['a', 'b', 'c', 'd', 'e', 'f'] })).toEqual(['pillars']);
  });

  it('needs a blank-free name, both main colours and a time zone', () => {
    expect(fieldsOf({ ...complete, name: '   ' })).toEqual(['name']);
    expect(fieldsOf({ ...complete, colors: { primary: '#112233', secondary: '' } })).toEqual(['colors']);
    expect(fieldsOf({ ...complete, preferences: { ...complete.preferences, timeZone: '' } as BrandCompletenessInput['preferences'] })).toEqual([
      'preferences.timeZone',
    ]);
  });
});

describe('incompleteBrandError', () => {
  it('is a 400 INCOMPLETE carrying the issues for the client to highlight', () => {
    const issues = [{ field: 'tone', message: 'Choose a tone of voice' }];
    const error = incompleteBrandError(issues);
    expect(error).toMatchObject({ code: 'INCOMPLETE', status: 400, details: { issues } });
    expect(error.message).toContain('tone');
  });
});
