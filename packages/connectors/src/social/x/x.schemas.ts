import { z } from 'zod';

/**
 * Zod schemas of the X API v2 answers the connector reads. Each follows the vendor doc linked
 * beside it (and the official OpenAPI document, specs/x/openapi.json); fields the connector does
 * not read are left out and passed through, so additions on X's side never break parsing.
 */

/** https://docs.x.com/x-api/fundamentals/response-codes-and-errors — application/problem+json. */
export const xProblemSchema = z.object({
  title: z.string().optional(),
  detail: z.string().optional(),
  type: z.string().optional(),
  status: z.number().optional(),
});
export type XProblem = z.infer<typeof xProblemSchema>;

/** https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/user-access-token (token response). */
export const xTokenSchema = z.object({
  token_type: z.string(),
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  scope: z.string().optional(),
  refresh_token: z.string().min(1).optional(),
});

/** https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/user-access-token (error response). */
export const xOAuthErrorSchema = z.object({ error: z.string(), error_description: z.string().optional() });

/** https://docs.x.com/x-api/users/get-my-user */
export const xMeSchema = z.object({
  data: z.object({ id: z.string(), username: z.string(), name: z.string() }),
});

/**
 * https://docs.x.com/x-api/users/get-my-user and https://docs.x.com/x-api/users/get-user-by-username
 * with `user.fields=public_metrics` (the User object's public_metrics:
 * https://docs.x.com/x-api/fundamentals/data-dictionary#user). An unknown username answers 200
 * with `errors` and no `data`. Counts are read leniently: one missing count is unknown, not 0.
 */
export const xUserProfileSchema = z.object({
  data: z
    .object({
      id: z.string(),
      username: z.string(),
      public_metrics: z
        .object({ followers_count: z.number().int(), following_count: z.number().int(), tweet_count: z.number().int(), listed_count: z.number().int() })
        .partial()
        .optional(),
    })
    .optional(),
  errors: z.array(z.object({ title: z.string().optional(), detail: z.string().optional() })).optional(),
});

/** https://docs.x.com/x-api/posts/create-post — 201 {data:{id,text}}. */
export const xCreateTweetSchema = z.object({
  data: z.object({ id: z.string().regex(/^\d{1,19}$/), text: z.string() }),
});

/** https://docs.x.com/x-api/posts/delete-post */
export const xDeleteTweetSchema = z.object({ data: z.object({ deleted: z.boolean() }) });

/** https://docs.x.com/x-api/posts/get-posts-by-ids — public_metrics fields. */
export const xPublicMetricsSchema = z.object({
  retweet_count: z.number(),
  reply_count: z.number(),
  like_count: z.number(),
  quote_count: z.number(),
  impression_count: z.number().optional(),
  bookmark_count: z.number().optional(),
});

/** The Tweet object: https://docs.x.com/x-api/fundamentals/data-dictionary#tweet */
export const xTweetSchema = z.object({
  id: z.string(),
  text: z.string(),
  author_id: z.string().optional(),
  created_at: z.string().optional(),
  conversation_id: z.string().optional(),
  referenced_tweets: z.array(z.object({ type: z.string(), id: z.string() })).optional(),
  public_metrics: xPublicMetricsSchema.optional(),
});
export type XTweet = z.infer<typeof xTweetSchema>;

/** Partial errors ride along with data: https://docs.x.com/x-api/fundamentals/response-codes-and-errors#partial-errors */
const xPartialErrorsSchema = z.array(z.object({ resource_id: z.string().optional(), title: z.string().optional(), detail: z.string().optional() })).optional();

/** https://docs.x.com/x-api/posts/get-posts-by-ids — data is absent when no id was found. */
export const xTweetLookupSchema = z.object({
  data: z.array(xTweetSchema).optional(),
  errors: xPartialErrorsSchema,
});

/**
 * https://docs.x.com/x-api/users/get-posts (user timeline) and
 * https://docs.x.com/x-api/posts/search-recent-posts — same envelope with meta.next_token.
 */
export const xTweetPageSchema = z.object({
  data: z.array(xTweetSchema).optional(),
  includes: z.object({ users: z.array(z.object({ id: z.string(), username: z.string() })).optional() }).optional(),
  meta: z.object({ result_count: z.number(), next_token: z.string().optional() }).optional(),
  errors: xPartialErrorsSchema,
});

/** https://docs.x.com/x-api/media/media-upload — one-shot upload answer. */
export const xMediaUploadSchema = z.object({
  data: z.object({ id: z.string().regex(/^\d{1,19}$/), media_key: z.string().optional(), expires_after_secs: z.number().optional() }),
});

/** https://docs.x.com/x-api/media/metadata-create — alt text. */
export const xMediaMetadataSchema = z.object({ data: z.object({ id: z.string() }).optional() });
