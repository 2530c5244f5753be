import { z } from 'zod';

/**
 * Zod schemas of the Mastodon answers the connector reads. Each follows the entity page linked
 * beside it (and specs/mastodon/openapi.json); unread fields are passed through, so instances on
 * newer versions never break parsing.
 */

/** https://docs.joinmastodon.org/entities/Error/ */
export const mastodonErrorSchema = z.object({ error: z.string(), error_description: z.string().optional() });

/** https://docs.joinmastodon.org/entities/Account/ (CredentialAccount from verify_credentials). */
export const mastodonAccountSchema = z.object({
  id: z.string(),
  username: z.string(),
  acct: z.string(),
  display_name: z.string(),
  url: z.string().nullable().optional(),
});

/**
 * The audience counts of https://docs.joinmastodon.org/entities/Account/ (verify_credentials and
 * accounts/lookup). Required by the entity, read leniently: forks that leave one out make it unknown, not 0.
 */
export const mastodonAccountCountsSchema = mastodonAccountSchema.extend({
  followers_count: z.number().int().optional(),
  following_count: z.number().int().optional(),
  statuses_count: z.number().int().optional(),
});

/** https://docs.joinmastodon.org/entities/MediaAttachment/ — url is null while processing. */
export const mastodonMediaSchema = z.object({
  id: z.string(),
  type: z.string(),
  url: z.string().nullable(),
  description: z.string().nullable().optional(),
});

/** https://docs.joinmastodon.org/entities/Status/ */
export const mastodonStatusSchema = z.object({
  id: z.string(),
  created_at: z.string(),
  url: z.string().nullable().optional(),
  uri: z.string(),
  content: z.string(),
  in_reply_to_id: z.string().nullable(),
  account: mastodonAccountSchema,
  replies_count: z.number(),
  reblogs_count: z.number(),
  favourites_count: z.number(),
  /** Since Mastodon 4.5; absent on older instances. */
  quotes_count: z.number().optional(),
  reblog: z.unknown().nullable().optional(),
});
export type MastodonStatus = z.infer<typeof mastodonStatusSchema>;

export const mastodonStatusListSchema = z.array(mastodonStatusSchema);

/** https://docs.joinmastodon.org/entities/Context/ */
export const mastodonContextSchema = z.object({
  ancestors: z.array(mastodonStatusSchema),
  descendants: z.array(mastodonStatusSchema),
});

/**
 * https://docs.joinmastodon.org/entities/Instance/ (GET /api/v2/instance): who the instance is.
 * Its `configuration` (the posting limits) is read by core's lenient `parseMastodonInstanceLimits`,
 * so one mistyped limit on a fork never hides the domain or the other limits.
 */
export const mastodonInstanceSchema = z.object({
  domain: z.string().min(1),
});

/** https://docs.joinmastodon.org/entities/Application/ (POST /api/v1/apps, with credentials). */
export const mastodonAppSchema = z.object({
  client_id: z.string(),
  client_secret: z.string(),
});

/** https://docs.joinmastodon.org/entities/Token/ */
export const mastodonTokenSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  scope: z.string().optional(),
  created_at: z.number().optional(),
});
