import { apiCommand, apiRequest } from './http-client.ts';
import { paginated } from './schemas/common.ts';
import {
  calendarSchema,
  deliveryStatusSchema,
  postDetailEnvelopeSchema,
  postEnvelopeSchema,
  postSchema,
  type PostContent,
  type PostStatus,
} from './schemas/post.ts';
import { postPreviewSchema } from './schemas/post-preview.ts';

export const postsPageSize = 20;

export interface PostFilters {
  page: number;
  status?: PostStatus | undefined;
  search?: string | undefined;
  tag?: string | undefined;
  brandId?: string | undefined;
}

const postPath = (postId: string, action = '') => `/posts/${encodeURIComponent(postId)}${action}`;

/** The content library, newest first, each post with its targets. */
export function listPosts(filters: PostFilters) {
  return apiRequest('/posts', paginated(postSchema), { query: { ...filters, limit: postsPageSize } });
}

export async function getPost(postId: string) {
  const result = await apiRequest(postPath(postId), postDetailEnvelopeSchema);
  return result.post;
}

export async function createPost(input: PostContent & { brandId: string }) {
  const result = await apiRequest('/posts', postEnvelopeSchema, { method: 'POST', body: input });
  return result.post;
}

/** Editing records a new version; an approved post goes back to draft unless the editor may approve. */
export async function updatePost(postId: string, changes: Partial<PostContent>) {
  const result = await apiRequest(postPath(postId), postEnvelopeSchema, { method: 'PUT', body: changes });
  return result.post;
}

export function deletePost(postId: string) {
  return apiCommand(postPath(postId), { method: 'DELETE' });
}

async function postAction(postId: string, action: string, body?: unknown) {
  const result = await apiRequest(postPath(postId, `/${action}`), postEnvelopeSchema, { method: 'POST', body });
  return result.post;
}

/** To pending approval, or straight to approved when the organization or the author's role allows. */
export const submitPost = (postId: string) => postAction(postId, 'submit');
export const approvePost = (postId: string) => postAction(postId, 'approve');
export const rejectPost = (postId: string, comment: string) => postAction(postId, 'reject', { comment });
/** `scheduledAt` is an ISO instant with an offset, e.g. `2025-03-01T09:30:00+01:00`. */
export const schedulePost = (postId: string, scheduledAt: string) => postAction(postId, 'schedule', { scheduledAt });
export const publishPostNow = (postId: string) => postAction(postId, 'publish');
/** "Add to queue": the brand's next free posting slot, chosen by the server. */
export const queuePost = (postId: string) => postAction(postId, 'queue');
export const cancelPost = (postId: string) => postAction(postId, 'cancel');
/** A new draft with the same content and accounts; the original is untouched. */
export const duplicatePost = (postId: string) => postAction(postId, 'duplicate');
/** Makes an older version's content current again (recorded as a new version). */
export const restorePostVersion = (postId: string, version: number) => postAction(postId, `versions/${version}/restore`);
/** Sends a failed or held delivery to one account again. */
export const retryTarget = (postId: string, targetId: string) => postAction(postId, `targets/${encodeURIComponent(targetId)}/retry`);

/** What each account of the saved post will receive: thread parts, media and broken rules. */
export async function getPostPreview(postId: string) {
  const result = await apiRequest(postPath(postId, '/preview'), postPreviewSchema);
  return result.previews;
}

/** Posts scheduled in a window of at most 62 days. */
export async function getCalendar(window: { from: string; to: string; brandId?: string }) {
  const result = await apiRequest('/posts/calendar', calendarSchema, { query: window });
  return result.items;
}

/** How many of the organization's posts are past their time and unsent (a stalled worker). */
export function getDeliveryStatus() {
  return apiRequest('/posts/delivery-status', deliveryStatusSchema);
}
