import { z } from 'zod';
import { postStatuses, priorities, targetStatuses, type Priority } from '@socialseed/core/publishing/post';
import { platformSchema } from './social-account.ts';

// The status and priority vocabularies are the domain's own, shared with the server.
export { postStatuses, targetStatuses, priorities } from '@socialseed/core/publishing/post';
export type { PostStatus, TargetStatus, Priority } from '@socialseed/core/publishing/post';

/** One post's delivery to one account. */
export const postTargetSchema = z.object({
  id: z.string(),
  socialAccountId: z.string(),
  platform: platformSchema,
  status: z.enum(targetStatuses),
  scheduledAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  attempts: z.number().int(),
  platformPostId: z.string().nullable(),
  platformUrl: z.string().nullable(),
  publishedAt: z.string().nullable(),
  lastErrorKind: z.string().nullable(),
  lastErrorMessage: z.string().nullable(),
  /*
   * Per-account overrides (null: the post's own text or media). Defaults keep the page working
   * against a server from before overrides existed, where a target is always "same as the post".
   */
  text: z.string().nullable().default(null),
  mediaIds: z.array(z.string()).nullable().default(null),
  asThread: z.boolean().default(false),
});
export type PostTarget = z.infer<typeof postTargetSchema>;

export const postSchema = z.object({
  id: z.string(),
  brandId: z.string(),
  status: z.enum(postStatuses),
  text: z.string(),
  mediaIds: z.array(z.string()),
  tags: z.array(z.string()),
  priority: z.enum(priorities),
  scheduledAt: z.string().nullable(),
  version: z.number().int(),
  createdByUserId: z.string().nullable(),
  reviewedByUserId: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  targets: z.array(postTargetSchema),
});
export type Post = z.infer<typeof postSchema>;

/** A saved state of the post; `snapshot` holds the fields as they were (text, tags, accounts…). */
export const postVersionSchema = z.object({
  version: z.number().int(),
  snapshot: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  createdByUserId: z.string().nullable(),
});
export type PostVersion = z.infer<typeof postVersionSchema>;

export const postDetailSchema = postSchema.extend({ versions: z.array(postVersionSchema) });
export type PostDetail = z.infer<typeof postDetailSchema>;

export const postEnvelopeSchema = z.object({ post: postSchema });
export const postDetailEnvelopeSchema = z.object({ post: postDetailSchema });
export const calendarSchema = z.object({ items: z.array(postSchema) });

/**
 * One account's differences from the post: its own text or media (null: the post's), and
 * whether a text too long for one post goes out as a thread (X, Bluesky, Mastodon).
 */
export interface PostOverride {
  accountId: string;
  text: string | null;
  mediaIds: string[] | null;
  asThread: boolean;
}

/** The fields a person writes; `brandId` is fixed once the post exists. */
export interface PostContent {
  text: string;
  mediaIds: string[];
  tags: string[];
  accountIds: string[];
  priority: Priority;
  /** Left out when no account differs from the post and none did before (see `overridesToSend`). */
  overrides?: PostOverride[];
}

/** `POST /posts/validate`: the platform's own length count and every rule the text breaks. */
export const postValidationSchema = z.object({
  valid: z.boolean(),
  length: z.number(),
  limit: z.number(),
  issues: z.array(z.object({ code: z.string(), message: z.string(), field: z.string().nullish() })),
});
export type PostValidation = z.infer<typeof postValidationSchema>;

/** Posts past their time and still unsent in this organization (GET /posts/delivery-status). */
export const deliveryStatusSchema = z.object({
  overdue: z.number().int(),
  oldestDueAt: z.string().nullable(),
  alertAfterSeconds: z.number().int(),
});
