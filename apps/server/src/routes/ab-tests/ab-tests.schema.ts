import { z } from 'zod';
import { abTestStatuses } from '@socialseed/core/ports/ab-test-repositories';
import { pageOf, paginationQuery, timestamp } from '../../http/schemas';

export { createAbTestSchema as createAbTestBody, decideAbTestSchema as decideAbTestBody } from '@socialseed/core/ab-tests/ab-test';

export const abTestView = z.object({
  test: z.object({
    id: z.uuid(),
    brandId: z.uuid(),
    name: z.string(),
    status: z.enum(abTestStatuses),
    significanceLevel: z.number().describe('A winner needs p < 1 − level'),
    decidedPostId: z.uuid().nullable(),
    decidedAt: timestamp.nullable(),
    createdAt: timestamp,
  }),
  variants: z.array(
    z.object({
      postId: z.uuid(),
      label: z.string().describe('A (the control), B, C, D'),
      excerpt: z.string(),
      impressions: z.number().describe('Reported impressions, or estimated where the platform reports none'),
      interactions: z.number().describe('likes + comments + shares'),
      rate: z.number().nullable().describe('interactions ÷ impressions; null without impressions'),
    }),
  ),
  result: z.object({
    winnerPostId: z.uuid().nullable(),
    pValue: z.number().nullable().describe('Two-proportion z-test (Bonferroni-adjusted over all pairs with 3–4 variants)'),
    probabilities: z.array(z.number()).describe('Bayesian probability that each variant is the best'),
    significant: z.boolean(),
    message: z.string(),
  }),
});

export const abTestsQuery = paginationQuery.extend({ brandId: z.uuid('Must be a valid id').optional() });
export const abTestPage = pageOf(abTestView);
