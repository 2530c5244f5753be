import { z } from 'zod';
import type { Platform } from './platforms';
import { postLabelsSchema, type PostLabels } from '../learning/post-labels';

export const postStatuses = [
  'draft',
  'pending_approval',
  'approved',
  'rejected',
  'scheduled',
  'publishing',
  'published',
  'partially_failed',
  'failed',
  'cancelled',
] as const;
export type PostStatus = (typeof postStatuses)[number];

export const targetStatuses = ['pending', 'scheduled', 'publishing', 'verifying', 'retrying', 'held', 'published', 'failed', 'cancelled'] as const;
export type TargetStatus = (typeof targetStatuses)[number];

export const priorities = ['urgent', 'normal', 'low'] as const;
export type Priority = (typeof priorities)[number];

export const MAX_POST_TEXT = 25_000;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;
export const MAX_POST_MEDIA = 10;
/** Accounts per post, and so also targets and overrides. */
export const MAX_POST_ACCOUNTS = 20;

const tag = z.string().trim().min(1, 'Must not be empty').max(MAX_TAG_LENGTH);

/**
 * How one account's copy differs from the post: its own text or media (null or absent: the
 * post's), and whether a text too long for one post goes out as a numbered thread.
 */
export const targetOverrideSchema = z
  .object({
    accountId: z.uuid(),
    text: z.string().max(MAX_POST_TEXT).nullish().transform((value) => value ?? null),
    mediaIds: z.array(z.uuid()).max(MAX_POST_MEDIA).nullish().transform((value) => value ?? null),
    asThread: z.boolean().default(false),
  })
  .strict();
export type TargetOverride = z.infer<typeof targetOverrideSchema>;

/**
 * Fields a person writes; accounts say where the post goes (one target per account). No
 * defaults here: an edit must be able to tell "not sent" (keep) from "sent empty" (clear).
 */
const contentFields = {
  text: z.string().max(MAX_POST_TEXT),
  mediaIds: z.array(z.uuid()).max(MAX_POST_MEDIA),
  tags: z.array(tag).max(MAX_TAGS),
  accountIds: z.array(z.uuid()).max(MAX_POST_ACCOUNTS),
  priority: z.enum(priorities),
  overrides: z.array(targetOverrideSchema).max(MAX_POST_ACCOUNTS),
};

export const createPostSchema = z
  .object({
    brandId: z.uuid(),
    text: contentFields.text,
    mediaIds: contentFields.mediaIds.default([]),
    tags: contentFields.tags.default([]),
    accountIds: contentFields.accountIds.default([]),
    priority: contentFields.priority.default('normal'),
    overrides: contentFields.overrides.default([]),
    /** Tone, format and trend the post was written for, so the learner can learn from it. */
    labels: postLabelsSchema.optional(),
  })
  .strict();
/** Partial: a field left out keeps its value (zod 4 would otherwise fill in create's defaults). */
export const updatePostSchema = z.object(contentFields).partial().strict();
export type CreatePostInput = z.infer<typeof createPostSchema>;
export type UpdatePostInput = z.infer<typeof updatePostSchema>;

/** Where AI-written copy came from: a provider's model, or the offline template writer. */
export interface PostProvenance {
  tier: 'provider' | 'template';
  provider: string;
  model: string;
  /** The ai_tasks row of the generation, when one was recorded. */
  taskId: string | null;
}

export interface PostRecord {
  id: string;
  organizationId: string;
  brandId: string;
  status: PostStatus;
  text: string;
  mediaIds: string[];
  tags: string[];
  priority: Priority;
  /** Set when the AI studio wrote the copy; null for posts people wrote. */
  provenance: PostProvenance | null;
  /** Tone, format and trend the post was written for; null when nobody said. */
  labels: PostLabels | null;
  scheduledAt: Date | null;
  version: number;
  createdByUserId: string | null;
  reviewedByUserId: string | null;
  reviewedAt: Date | null;
  reviewComment: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** One thread part the platform accepted. */
export interface ThreadPartProgress {
  platformPostId: string;
  url: string | null;
}

export interface TargetRecord {
  id: string;
  postId: string;
  organizationId: string;
  socialAccountId: string;
  platform: Platform;
  /** Per-target override of the post's text; null uses the post's. */
  text: string | null;
  /** Per-target override of the post's media; null uses the post's. */
  mediaIds: string[] | null;
  /** Deliver as a numbered thread when the text is too long for one post. */
  asThread: boolean;
  threadProgress: ThreadPartProgress[] | null;
  status: TargetStatus;
  scheduledAt: Date | null;
  nextAttemptAt: Date | null;
  attempts: number;
  claimToken: string | null;
  claimedAt: Date | null;
  firstAttemptAt: Date | null;
  platformPostId: string | null;
  platformUrl: string | null;
  publishedAt: Date | null;
  lastErrorKind: string | null;
  lastErrorMessage: string | null;
}

export interface PostWithTargets extends PostRecord {
  targets: TargetRecord[];
}
