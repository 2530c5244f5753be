import { z } from 'zod';
import { postStatuses, priorities, targetStatuses } from '@socialseed/core/publishing/post';
import { platforms } from '@socialseed/core/publishing/platforms';
import { timestamp } from '../../http/schemas';

export { createPostSchema as createPostBody, updatePostSchema as updatePostBody } from '@socialseed/core/publishing/post';
export { rejectPostSchema as rejectPostBody } from '@socialseed/core/publishing/review-post';
export { schedulePostSchema as schedulePostBody } from '@socialseed/core/publishing/schedule-post';

export const target = z.object({
  id: z.uuid(),
  socialAccountId: z.uuid(),
  platform: z.enum(platforms),
  text: z.string().nullable().describe("This account's own text; null sends the post's"),
  mediaIds: z.array(z.uuid()).nullable().describe("This account's own media; null sends the post's"),
  asThread: z.boolean().describe('A text too long for one post goes out as a numbered thread'),
  status: z.enum(targetStatuses),
  scheduledAt: timestamp.nullable(),
  nextAttemptAt: timestamp.nullable(),
  attempts: z.number().int(),
  platformPostId: z.string().nullable(),
  platformUrl: z.string().nullable(),
  publishedAt: timestamp.nullable(),
  lastErrorKind: z.string().nullable(),
  lastErrorMessage: z.string().nullable(),
});

export const post = z.object({
  id: z.uuid(),
  brandId: z.uuid(),
  status: z.enum(postStatuses),
  text: z.string(),
  mediaIds: z.array(z.uuid()),
  tags: z.array(z.string()),
  priority: z.enum(priorities),
  provenance: z.object({ tier: z.enum(['provider', 'template']), provider: z.string(), model: z.string(), taskId: z.uuid().nullable() }).nullable(),
  scheduledAt: timestamp.nullable(),
  version: z.number().int(),
  createdByUserId: z.uuid().nullable(),
  reviewedByUserId: z.uuid().nullable(),
  reviewedAt: timestamp.nullable(),
  reviewComment: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  targets: z.array(target),
});

export const postDetail = post.extend({
  versions: z.array(z.object({ version: z.number().int(), snapshot: z.record(z.string(), z.unknown()), createdAt: timestamp, createdByUserId: z.uuid().nullable() })),
});

const instantQuery = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

export const listPostsQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  status: z.enum(postStatuses).optional(),
  brandId: z.uuid().optional(),
  tag: z.string().min(1).max(40).optional(),
  search: z.string().min(1).max(200).optional(),
  from: instantQuery.optional(),
  to: instantQuery.optional(),
});

export const calendarQuery = z
  .object({ from: instantQuery, to: instantQuery, brandId: z.uuid().optional() })
  .refine((query) => query.to > query.from, { message: 'Must be after from', path: ['to'] })
  .refine((query) => query.to.getTime() - query.from.getTime() <= 62 * 86_400_000, { message: 'At most 62 days at a time', path: ['to'] });

export const versionParams = z.object({ id: z.uuid('Must be a valid id'), version: z.coerce.number().int().min(1).max(1_000_000) });
export const targetParams = z.object({ id: z.uuid('Must be a valid id'), targetId: z.uuid('Must be a valid id') });

const postIssue = z.object({
  code: z.string().describe('e.g. TEXT_TOO_LONG, TOO_MANY_MEDIA'),
  message: z.string(),
  field: z.string().describe('text, parts.<n>.text for a thread part, media or media.<n>.<field>'),
});

export const postPreviews = z.object({
  previews: z.array(
    z.object({
      targetId: z.uuid(),
      accountId: z.uuid(),
      platform: z.enum(platforms),
      handle: z.string(),
      parts: z.array(z.object({ text: z.string(), length: z.number().int(), limit: z.number().int() })).describe('One post, or the numbered parts of a thread'),
      mediaIds: z.array(z.uuid()),
      valid: z.boolean(),
      issues: z.array(postIssue),
    }),
  ),
});

export { bulkScheduleSchema as bulkScheduleBody } from '@socialseed/core/publishing/bulk-schedule-posts';

const fieldIssue = z.object({ field: z.string(), message: z.string() });

export const bulkScheduleResults = z.object({
  results: z.array(
    z.discriminatedUnion('ok', [
      z.object({ postId: z.uuid(), ok: z.literal(true), post }),
      z.object({ postId: z.uuid(), ok: z.literal(false), error: z.object({ code: z.string(), message: z.string(), fields: z.array(fieldIssue).optional() }) }),
    ]),
  ),
});

/** 1 MiB of CSV text (UTF-8). */
export const MAX_IMPORT_CSV_BYTES = 1_048_576;

export const importPostsBody = z
  .object({
    brandId: z.uuid(),
    csv: z
      .string()
      .min(1, 'Paste or upload a CSV')
      .refine((csv) => Buffer.byteLength(csv, 'utf8') <= MAX_IMPORT_CSV_BYTES, 'At most 1 MB of CSV'),
  })
  .strict();

export const importResult = z.object({
  imported: z.number().int(),
  posts: z.array(z.object({ row: z.number().int(), postId: z.uuid(), status: z.enum(postStatuses), scheduledAt: timestamp.nullable() })),
  errors: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
});

/** Posts past their time and still unsent (GET /posts/delivery-status); see DELIVERY_STALL_ALERT_SECONDS. */
export const deliveryStatus = z.object({
  overdue: z.number().int(),
  oldestDueAt: timestamp.nullable(),
  alertAfterSeconds: z.number().int(),
});
