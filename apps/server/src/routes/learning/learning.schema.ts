import { z } from 'zod';
import { tones } from '@socialseed/core/brands/brand';
import { contentFormats } from '@socialseed/core/ai/content-types';
import { platforms } from '@socialseed/core/publishing/platforms';

const bestTimeTable = z.object({
  platform: z.enum(platforms),
  expectedReward: z.array(z.number()),
  samples: z.array(z.number()),
  peakSlot: z.number().int(),
});

export const learningModelView = z.object({
  version: z.number().int(),
  kind: z.enum(['bandit', 'q_learning']),
  trainedAt: z.date(),
  sampleSize: z.number().int(),
  note: z.string().nullable(),
  epsilon: z.number(),
  averageReward: z.number(),
  topArms: z.array(z.object({ tone: z.enum(tones), format: z.enum(contentFormats), averageReward: z.number(), visits: z.number(), ratio: z.number() })),
  insights: z.array(z.string()),
  bestTimes: z.array(bestTimeTable),
});

export const learningResponse = z.object({ model: learningModelView.nullable() });
export const retrainResponse = z.object({ model: learningModelView });

export const recommendationQuery = z
  .object({
    platform: z.enum(platforms),
    trendId: z.uuid('Must be a valid id').optional(),
  })
  .strict();

export const recommendationResponse = z.object({
  tone: z.enum(tones).nullable(),
  format: z.enum(contentFormats),
  reason: z.string(),
  source: z.enum(['learner', 'brand']),
});
