import type { FieldErrors } from '../../../api/api-error.ts';
import { minimumVoiceSamples } from '../brand-limits.ts';

/**
 * Every box on screen is sent, so an empty one is asked to be filled or removed; errors use
 * the API's paths (`voiceSamples.3`) so client and server messages land in the same place.
 */
export function validateVoiceSamples(samples: string[]): FieldErrors {
  const errors: FieldErrors = {};
  const filled = samples.filter((sample) => sample.trim()).length;
  if (filled < minimumVoiceSamples) {
    errors.voiceSamples = `Add at least ${minimumVoiceSamples} samples (${filled} so far).`;
    return errors;
  }
  samples.forEach((sample, index) => {
    if (!sample.trim()) errors[`voiceSamples.${index}`] = 'Fill in this sample or remove it.';
  });
  return errors;
}
