import { z } from 'zod';
import {
  brandAudienceSchema,
  brandColorsSchema,
  brandFieldsSchema,
  brandPreferencesSchema,
  industries,
  tones,
} from '@socialseed/core/brands/brand';
import { timestamp } from '../../http/schemas';

/**
 * Unknown fields are refused one by one (rather than with `.strict()`, whose single issue has
 * no path), so the answer names each offending field, as the API contract promises.
 * (`z.never()` would not do: zod treats a never catchall exactly like `.strict()`.)
 */
const unknownField = z.unknown().refine(() => false, { error: 'Unknown field' });

export const createBrandBody = brandFieldsSchema.partial().required({ name: true, industry: true }).catchall(unknownField);
export const updateBrandBody = brandFieldsSchema.partial().catchall(unknownField);

export const brand = z.object({
  id: z.uuid(),
  name: z.string(),
  industry: z.enum(industries),
  status: z.enum(['draft', 'active']),
  onboardingStep: z.number().int(),
  logoMediaId: z.uuid().nullable(),
  colors: brandColorsSchema.nullable(),
  pillars: z.array(z.string()),
  tone: z.enum(tones).nullable(),
  audience: brandAudienceSchema,
  voiceSamples: z.array(z.string()),
  preferences: brandPreferencesSchema.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const brandResponse = z.object({ brand });
