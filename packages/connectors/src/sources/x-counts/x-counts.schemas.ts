import { z } from 'zod';

/** One bucket of GET /2/tweets/counts/recent (the spec's SearchCount). */
const searchCountSchema = z.object({ start: z.string(), end: z.string(), tweet_count: z.number().int().nonnegative() });

/** Get2TweetsCountsRecentResponse: buckets oldest first, and the total over them. */
export const xCountsSchema = z.object({
  data: z.array(searchCountSchema).optional().default([]),
  meta: z.object({ total_tweet_count: z.number().int().nonnegative().optional(), next_token: z.string().optional() }).optional(),
});
export type XCounts = z.infer<typeof xCountsSchema>;

/** X's application/problem+json error. */
export const xProblemSchema = z.object({
  title: z.string().optional(),
  detail: z.string().optional(),
  type: z.string().optional(),
  status: z.number().optional(),
  errors: z.array(z.object({ message: z.string().optional() })).optional(),
});
