import { z } from 'zod';
import { bestTimeTableSchema } from './analytics.ts';

/** One tone × format combination the learner has tried, with its reward against the brand's average. */
export const learnedArmSchema = z.object({
  tone: z.string(),
  format: z.string(),
  averageReward: z.number().nullable(),
  visits: z.number(),
  /** averageReward ÷ the brand's average reward ("2.3×"); null when the average is 0 or unknown. */
  ratio: z.number().nullable(),
});
export type LearnedArm = z.infer<typeof learnedArmSchema>;

export const learnerKinds = ['bandit', 'q_learning'] as const;

/** What `GET /brands/:id/learning` says about the brand's newest trained model. */
export const learnedModelSchema = z.object({
  version: z.number().int(),
  kind: z.enum(learnerKinds),
  trainedAt: z.string(),
  sampleSize: z.number().int(),
  /** "insufficient data" while the brand has fewer than 10 rewarded posts, else null. */
  note: z.string().nullable(),
  epsilon: z.number(),
  averageReward: z.number().nullable(),
  topArms: z.array(learnedArmSchema),
  insights: z.array(z.string()),
  bestTimes: z.array(bestTimeTableSchema).default([]),
});
export type LearnedModel = z.infer<typeof learnedModelSchema>;

export const learningEnvelopeSchema = z.object({ model: learnedModelSchema.nullable() });
