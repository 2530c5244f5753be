import { z } from 'zod';
import { paginated } from './common.ts';

/** Running until someone keeps the winner or reverts to the control (variant A). */
export const abTestStatuses = ['running', 'kept', 'reverted'] as const;

/** An A/B test of 2–4 posts; `decidedPostId` is the post kept once someone decided. */
export const abTestSchema = z.object({
  id: z.string(),
  brandId: z.string(),
  name: z.string(),
  /** A plain string: a status this UI does not know yet still shows under its own name. */
  status: z.string(),
  significanceLevel: z.number(),
  decidedPostId: z.string().nullable(),
  decidedAt: z.string().nullish(),
  createdAt: z.string(),
});
export type AbTest = z.infer<typeof abTestSchema>;

export const abVariantSchema = z.object({
  postId: z.string(),
  /** 'A' (the control) … 'D'. */
  label: z.string(),
  excerpt: z.string(),
  impressions: z.number().nullable(),
  interactions: z.number().nullable(),
  /** interactions ÷ impressions, a fraction; impressions are estimated where a platform reports none. */
  rate: z.number().nullable(),
});
export type AbVariant = z.infer<typeof abVariantSchema>;

export const abResultSchema = z.object({
  winnerPostId: z.string().nullable(),
  pValue: z.number().nullable(),
  /** Bayesian probability that each variant is the best, in the variants' order. */
  probabilities: z.array(z.number()),
  significant: z.boolean(),
  /** "No winner yet" until the significance level is reached. */
  message: z.string(),
});
export type AbResult = z.infer<typeof abResultSchema>;

export const abTestDetailSchema = z.object({ test: abTestSchema, variants: z.array(abVariantSchema), result: abResultSchema });
export type AbTestDetail = z.infer<typeof abTestDetailSchema>;

/** `GET /ab-tests?brandId=`: the brand's tests with their figures and verdicts, newest first. */
export const abTestListSchema = paginated(abTestDetailSchema);

export type AbDecision = 'keep' | 'revert';
