import { z } from 'zod';
import { isAppError, type FieldIssue } from '../errors';
import { assertCan } from '../organizations/permissions';
import type { UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import type { Clock } from '../shared/clock';
import type { PostWithTargets } from './post';
import { queuePost } from './queue-post';
import { schedulePost } from './schedule-post';

export const MAX_BULK_ITEMS = 100;

export const bulkScheduleSchema = z
  .object({
    items: z
      .array(
        z
          .object({
            postId: z.uuid(),
            /** Absent: the brand's next free queue slot. */
            scheduledAt: z.iso
              .datetime({ offset: true })
              .transform((value) => new Date(value))
              .optional(),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_BULK_ITEMS),
  })
  .strict()
  .superRefine((body, context) => {
    const seen = new Set<string>();
    body.items.forEach((item, index) => {
      if (seen.has(item.postId)) context.addIssue({ code: 'custom', message: 'This post is already in the list', path: ['items', index, 'postId'] });
      seen.add(item.postId);
    });
  });
export type BulkScheduleInput = z.infer<typeof bulkScheduleSchema>;

export type BulkScheduleResult =
  | { postId: string; ok: true; post: PostWithTargets }
  | { postId: string; ok: false; error: { code: string; message: string; fields?: FieldIssue[] } };

/**
 * Schedules many posts, each on its own and in its own transaction, by the same rules as one
 * (`/schedule`, or the queue without a time). Items run in order, so queued ones take distinct
 * consecutive slots. One item's failure is its own answer and never stops the others; an
 * unexpected error is reported on its item and handed to `onUnexpected` (the server logs it).
 */
export async function bulkSchedulePosts(
  deps: { uow: UnitOfWork; clock: Clock },
  actor: Actor,
  input: BulkScheduleInput,
  onUnexpected: (error: unknown, postId: string) => void,
): Promise<BulkScheduleResult[]> {
  assertCan(actor.role, 'posts.schedule');
  const results: BulkScheduleResult[] = [];
  for (const item of input.items) {
    try {
      const post = item.scheduledAt ? await schedulePost(deps, actor, item.postId, item.scheduledAt) : await queuePost(deps, actor, item.postId);
      results.push({ postId: item.postId, ok: true, post });
    } catch (error) {
      if (isAppError(error)) {
        const fields = error.details?.issues;
        results.push({ postId: item.postId, ok: false, error: { code: error.code, message: error.userMessage, ...(fields?.length ? { fields } : {}) } });
      } else {
        onUnexpected(error, item.postId);
        results.push({ postId: item.postId, ok: false, error: { code: 'INTERNAL', message: 'Something went wrong on our side; try this one again.' } });
      }
    }
  }
  return results;
}
