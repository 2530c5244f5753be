import { z } from 'zod';

export const industries = ['fintech', 'tech', 'education', 'retail', 'health', 'other'] as const;
export const tones = ['educational', 'authoritative', 'playful', 'provocative', 'inspirational', 'conversational'] as const;
export type Tone = (typeof tones)[number];
export const companySizes = ['1-10', '11-50', '51-200', '201-1000', '1000+'] as const;
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export const MAX_PILLARS = 5;
export const MIN_VOICE_SAMPLES = 5;
export const ONBOARDING_STEPS = 6;

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Must be a hex colour like #1A2B3C');
const shortText = (max: number) => z.string().trim().min(1, 'Must not be empty').max(max);

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const brandColorsSchema = z.object({
  primary: hexColor,
  secondary: hexColor,
  accent: hexColor.optional(),
});

export const brandAudienceSchema = z.object({
  roles: z.array(shortText(80)).max(20).default([]),
  geographies: z.array(shortText(80)).max(30).default([]),
  companySizes: z.array(z.enum(companySizes)).max(companySizes.length).default([]),
});

export const brandPreferencesSchema = z.object({
  postsPerWeek: z.number().int().min(1).max(100),
  preferredDays: z.array(z.enum(weekdays)).max(7).default([]),
  preferredHours: z.array(z.number().int().min(0).max(23)).max(24).default([]),
  timeZone: z.string().refine(isTimeZone, 'Must be an IANA time zone like Europe/Berlin'),
});

/** Fields a brand can be written with; every field is checked whenever it is present. */
export const brandFieldsSchema = z.object({
  name: shortText(120),
  industry: z.enum(industries),
  onboardingStep: z.number().int().min(1).max(ONBOARDING_STEPS),
  logoMediaId: z.uuid().nullable(),
  colors: brandColorsSchema,
  pillars: z.array(shortText(200)).max(MAX_PILLARS, `At most ${MAX_PILLARS} pillars`),
  tone: z.enum(tones),
  audience: brandAudienceSchema,
  voiceSamples: z.array(shortText(5000)).max(50),
  preferences: brandPreferencesSchema,
});

export const createBrandSchema = brandFieldsSchema.partial().required({ name: true, industry: true }).strict();
export const updateBrandSchema = brandFieldsSchema.partial().strict();

export type BrandWrite = z.infer<typeof updateBrandSchema>;
export type CreateBrandInput = z.infer<typeof createBrandSchema>;

export interface BrandRecord {
  id: string;
  organizationId: string;
  name: string;
  industry: (typeof industries)[number];
  status: 'draft' | 'active';
  onboardingStep: number;
  logoMediaId: string | null;
  colors: z.infer<typeof brandColorsSchema> | null;
  pillars: string[];
  tone: (typeof tones)[number] | null;
  audience: z.infer<typeof brandAudienceSchema>;
  voiceSamples: string[];
  preferences: z.infer<typeof brandPreferencesSchema> | null;
  createdAt: Date;
  updatedAt: Date;
}
