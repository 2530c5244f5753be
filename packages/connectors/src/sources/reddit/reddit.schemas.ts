import { z } from 'zod';

/** POST /api/v1/access_token. Reddit answers some grant errors with HTTP 200 and `{error}`. */
export const redditTokenSchema = z.union([
  z.object({ access_token: z.string().min(1), token_type: z.string(), expires_in: z.number().positive(), scope: z.string().optional() }),
  z.object({ error: z.union([z.string(), z.number()]), message: z.string().optional() }),
]);

const previewImageSchema = z.object({ source: z.object({ url: z.string(), width: z.number().optional(), height: z.number().optional() }) });

/** The fields of a t3 (link) the source reads; Reddit sends many more. */
export const redditLinkSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  subreddit: z.string().optional(),
  selftext: z.string().optional().default(''),
  is_self: z.boolean().optional().default(false),
  url: z.string().optional(),
  permalink: z.string(),
  score: z.number(),
  num_comments: z.number(),
  created_utc: z.number(),
  over_18: z.boolean().optional().default(false),
  thumbnail: z.string().optional(),
  preview: z.object({ images: z.array(previewImageSchema) }).optional(),
});
export type RedditLink = z.infer<typeof redditLinkSchema>;

/** GET /r/{sub}/top: a Listing of things; non-t3 children are ignored, a t3 with odd fields is dropped alone. */
export const redditListingSchema = z.object({
  kind: z.literal('Listing'),
  data: z.object({
    after: z.string().nullable().optional(),
    children: z.array(z.object({ kind: z.string(), data: z.unknown() })),
  }),
});

/** Reddit's JSON error body, e.g. {"message": "Forbidden", "error": 403, "reason": "private"}. */
export const redditErrorSchema = z.object({ message: z.string().optional(), error: z.union([z.number(), z.string()]).optional(), reason: z.string().optional() });
