import { AppError, type FieldIssue } from '../errors';
import { MAX_PILLARS, MIN_VOICE_SAMPLES, type BrandRecord } from './brand';

/** The fields that decide whether a brand is ready to drive content generation. */
export type BrandCompletenessInput = Pick<
  BrandRecord,
  'name' | 'industry' | 'colors' | 'pillars' | 'tone' | 'voiceSamples' | 'preferences'
>;

/**
 * Every field still missing before a brand can be activated, named by its dotted path so the
 * onboarding wizard can point at each step. An empty list means the brand is complete.
 */
export function findMissingBrandFields(brand: BrandCompletenessInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!brand.name.trim()) issues.push({ field: 'name', message: 'Give the brand a name' });
  if (!brand.industry) issues.push({ field: 'industry', message: 'Choose an industry' });
  if (!brand.colors?.primary || !brand.colors.secondary) issues.push({ field: 'colors', message: 'Choose a primary and a secondary colour' });
  if (brand.pillars.length === 0) issues.push({ field: 'pillars', message: 'Add at least one content pillar' });
  if (brand.pillars.length > MAX_PILLARS) issues.push({ field: 'pillars', message: `At most ${MAX_PILLARS} pillars` });
  if (!brand.tone) issues.push({ field: 'tone', message: 'Choose a tone of voice' });
  if (brand.voiceSamples.length < MIN_VOICE_SAMPLES) {
    issues.push({ field: 'voiceSamples', message: `Add at least ${MIN_VOICE_SAMPLES} voice samples (${brand.voiceSamples.length} so far)` });
  }
  if (!brand.preferences) issues.push({ field: 'preferences', message: 'Set the posting preferences' });
  else if (!brand.preferences.timeZone) issues.push({ field: 'preferences.timeZone', message: 'Choose a time zone' });
  return issues;
}

/** 400 INCOMPLETE listing every missing field at once, so a person fixes them in one pass. */
export function incompleteBrandError(issues: FieldIssue[], reason = 'The brand is not complete yet'): AppError {
  return new AppError('INCOMPLETE', {
    message: `${reason}: ${issues.map((issue) => issue.field).join(', ')}`,
    userMessage: 'Finish the highlighted steps before activating this brand.',
    details: { issues },
  });
}
