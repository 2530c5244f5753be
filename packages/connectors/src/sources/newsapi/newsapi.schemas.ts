import { z } from 'zod';

/** One article of /v2/top-headlines or /v2/everything; a malformed one is dropped alone. */
export const newsArticleSchema = z.object({
  source: z.object({ id: z.string().nullable().optional(), name: z.string().nullable().optional() }),
  author: z.string().nullable().optional(),
  title: z.string().nullable(),
  description: z.string().nullable().optional(),
  url: z.string(),
  urlToImage: z.string().nullable().optional(),
  publishedAt: z.string(),
  content: z.string().nullable().optional(),
});
export type NewsArticle = z.infer<typeof newsArticleSchema>;

export const newsOkSchema = z.object({ status: z.literal('ok'), totalResults: z.number(), articles: z.array(z.unknown()) });

/** {status:"error", code, message}, e.g. code apiKeyInvalid, rateLimited, parameterInvalid. */
export const newsErrorSchema = z.object({ status: z.literal('error'), code: z.string(), message: z.string() });
