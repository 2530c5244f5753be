import type { PostStatus } from '../../api/schemas/post.ts';

/** What happened to a saved variant, in words: the threshold decides between approval and the queue. */
export function saveOutcome(status: PostStatus, submitted: boolean): string {
  if (!submitted) return 'Saved as a draft.';
  if (status === 'approved') return 'Approved straight away: its score is above the organization’s auto-approve threshold.';
  if (status === 'pending_approval') return 'Sent for approval: a manager or above reviews it before it is scheduled.';
  return `Saved with status ${status.replace('_', ' ')}.`;
}
