import { z } from 'zod';
import { MAX_VARIANTS, MIN_VARIANTS } from '../learning/ab-statistics';
import type { AbTestStatus } from '../ports/ab-test-repositories';

export const DEFAULT_SIGNIFICANCE_LEVEL = 0.95;

export const createAbTestSchema = z
  .object({
    brandId: z.uuid('Must be a valid id'),
    name: z.string().trim().min(1, 'Must not be empty').max(120),
    /** The variants in order; the first (A) is the control that "revert" goes back to. */
    postIds: z
      .array(z.uuid('Must be a valid id'))
      .min(MIN_VARIANTS, `An A/B test needs at least ${MIN_VARIANTS} posts`)
      .max(MAX_VARIANTS, `An A/B test compares at most ${MAX_VARIANTS} posts`)
      .refine((ids) => new Set(ids).size === ids.length, 'Each post can be one variant only'),
    significanceLevel: z.number().min(0.8).max(0.999).default(DEFAULT_SIGNIFICANCE_LEVEL),
  })
  .strict();
export type CreateAbTestInput = z.infer<typeof createAbTestSchema>;

/** keep = the significant winner becomes the choice; revert = go back to the control (A). */
export const decideAbTestSchema = z.object({ action: z.enum(['keep', 'revert']) }).strict();
export type AbTestDecision = z.infer<typeof decideAbTestSchema>['action'];

export const VARIANT_LABELS = ['A', 'B', 'C', 'D'] as const;

export interface AbTestVariantView {
  postId: string;
  label: string;
  excerpt: string;
  impressions: number;
  interactions: number;
  /** interactions ÷ impressions; null without impressions. */
  rate: number | null;
}

export interface AbTestResult {
  winnerPostId: string | null;
  pValue: number | null;
  /** Probability to beat the rest, per variant in order. */
  probabilities: number[];
  significant: boolean;
  /** "No winner yet", or e.g. "Variant B wins (p = 0.012, 97% probability to beat the rest)". */
  message: string;
}

export interface AbTestView {
  test: {
    id: string;
    brandId: string;
    name: string;
    status: AbTestStatus;
    significanceLevel: number;
    decidedPostId: string | null;
    decidedAt: Date | null;
    createdAt: Date;
  };
  variants: AbTestVariantView[];
  result: AbTestResult;
}
