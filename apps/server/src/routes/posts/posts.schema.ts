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
