import type { Post, PostStatus } from '../../api/schemas/post.ts';
import type { SaveIntent } from './use-save-post.ts';

/** What just happened, in words: the server decides whether a submitted post needs approval. */
export function saveNotice(intent: SaveIntent, saved: Post, previousStatus: PostStatus | undefined): string {
  if (intent === 'submit') {
    return saved.status === 'approved' ? 'Approved: choose when to publish it.' : 'Sent for approval. A manager or above will review it.';
  }
  if (!previousStatus) return 'Draft saved.';
  if (saved.status === 'draft' && previousStatus !== 'draft') return 'Saved. Editing sent the post back to draft: submit it again when ready.';
  return 'Changes saved.';
}
