import { z } from 'zod';

export const industries = ['fintech', 'tech', 'education', 'retail', 'health', 'other'] as const;
export const tones = ['educational', 'authoritative', 'playful', 'provocative', 'inspirational', 'conversational'] as const;
export const companySizes = ['1-10', '11-50', '51-200', '201-1000', '1000+'] as const;
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export type Industry = (typeof industries)[number];
export type Tone = (typeof tones)[number];
export type CompanySize = (typeof companySizes)[number];
export type Weekday = (typeof weekdays)[number];

export const hexColourPattern = /^#[0-9a-fA-F]{6}$/;

/*
 * A draft brand is filled in step by step, so everything after name and industry may still be
 * missing; the schema accepts null or absent values there rather than rejecting a valid draft.
 */
export const brandSchema = z.object({
  id: z.string(),
  name: z.string(),
  industry: z.enum(industries),
  status: z.enum(['draft', 'active']),
  onboardingStep: z.number().int().nullish(),
  logoMediaId: z.string().nullish(),
  colors: z
    .object({ primary: z.string(), secondary: z.string(), accent: z.string().nullish() })
    .nullish(),
  pillars: z.array(z.string()).nullish(),
  tone: z.enum(tones).nullish(),
  audience: z
    .object({
      roles: z.array(z.string()),
      geographies: z.array(z.string()),
      companySizes: z.array(z.enum(companySizes)),
    })
    .nullish(),
  voiceSamples: z.array(z.string()).nullish(),
  preferences: z
    .object({
      postsPerWeek: z.number().int(),
      preferredDays: z.array(z.enum(weekdays)),
      preferredHours: z.array(z.number().int()),
      timeZone: z.string(),
    })
    .nullish(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Brand = z.infer<typeof brandSchema>;

export const brandEnvelopeSchema = z.object({ brand: brandSchema });

/** The body of `PUT /brands/:id`: some or all of the brand's editable fields. */
export interface BrandUpdate {
  name?: string;
  industry?: Industry;
  onboardingStep?: number;
  logoMediaId?: string | null;
  colors?: { primary: string; secondary: string; accent?: string };
  pillars?: string[];
  tone?: Tone;
  audience?: { roles: string[]; geographies: string[]; companySizes: CompanySize[] };
  voiceSamples?: string[];
  preferences?: { postsPerWeek: number; preferredDays: Weekday[]; preferredHours: number[]; timeZone: string };
}
