import { z } from 'zod';
import { postSchema } from './post.ts';

/*
 * Answers of the calls that act on many posts at once. Each item succeeds or fails on its own,
 * so the answer lists every item with its outcome instead of failing as a whole.
 */

const fieldIssueSchema = z.object({ field: z.string(), message: z.string() });

/**
 * Which fields were wrong (e.g. `targets.0.text` when a network would refuse the content). Read
 * as a list of issues or as a field → message map, and always handed on as a list.
 */
const itemFieldsSchema = z
  .union([z.array(fieldIssueSchema), z.record(z.string(), z.string())])
  .nullish()
  .transform((fields) => (Array.isArray(fields) ? fields : Object.entries(fields ?? {}).map(([field, message]) => ({ field, message }))));

const itemErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  fields: itemFieldsSchema,
});
export type BulkItemError = z.infer<typeof itemErrorSchema>;

/** `POST /posts/bulk-schedule`: one result per requested post, in the order asked. */
export const bulkScheduleResultSchema = z.object({
  results: z.array(
    z.discriminatedUnion('ok', [
      z.object({ postId: z.string(), ok: z.literal(true), post: postSchema }),
      z.object({ postId: z.string(), ok: z.literal(false), error: itemErrorSchema }),
    ]),
  ),
});
export type BulkScheduleResult = z.infer<typeof bulkScheduleResultSchema>['results'][number];

/** `POST /posts/import`: the rows that became posts, and the rows that did not with why. */
export const importResultSchema = z.object({
  imported: z.number().int(),
  posts: z.array(z.object({ row: z.number().int(), postId: z.string(), status: z.string(), scheduledAt: z.string().nullish() })),
  errors: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
});
export type ImportResult = z.infer<typeof importResultSchema>;
