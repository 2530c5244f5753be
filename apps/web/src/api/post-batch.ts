import { apiRequest } from './http-client.ts';
import { bulkScheduleResultSchema, importResultSchema } from './schemas/post-batch.ts';

/** One post to schedule: at `scheduledAt` (ISO with offset), or without it into the brand's queue. */
export interface BulkScheduleItem {
  postId: string;
  scheduledAt?: string;
}

/** Schedules several posts; each succeeds or fails on its own, and the answer says which. */
export async function bulkSchedulePosts(items: BulkScheduleItem[]) {
  const result = await apiRequest('/posts/bulk-schedule', bulkScheduleResultSchema, { method: 'POST', body: { items } });
  return result.results;
}

/**
 * Creates one post per CSV row (columns text, accounts, time, tags); rows with problems are
 * reported by row number and field instead of stopping the import.
 */
export function importPosts(input: { brandId: string; csv: string }) {
  return apiRequest('/posts/import', importResultSchema, { method: 'POST', body: input });
}
