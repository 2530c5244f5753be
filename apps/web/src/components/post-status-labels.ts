import type { PostStatus, TargetStatus } from '../api/schemas/post.ts';
import type { StatusTone } from './status-tones.ts';

interface StatusLabel {
  label: string;
  tone: StatusTone;
}

export const postStatusLabels: Record<PostStatus, StatusLabel> = {
  draft: { label: 'Draft', tone: 'neutral' },
  pending_approval: { label: 'Awaiting approval', tone: 'draft' },
  approved: { label: 'Approved', tone: 'info' },
  rejected: { label: 'Rejected', tone: 'danger' },
  scheduled: { label: 'Scheduled', tone: 'info' },
  publishing: { label: 'Publishing', tone: 'info' },
  published: { label: 'Published', tone: 'active' },
  partially_failed: { label: 'Partly failed', tone: 'danger' },
  failed: { label: 'Failed', tone: 'danger' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
};

export const targetStatusLabels: Record<TargetStatus, StatusLabel> = {
  pending: { label: 'Not scheduled', tone: 'neutral' },
  scheduled: { label: 'Scheduled', tone: 'info' },
  publishing: { label: 'Publishing', tone: 'info' },
  verifying: { label: 'Checking the network', tone: 'info' },
  retrying: { label: 'Retrying', tone: 'draft' },
  held: { label: 'Held: reconnect the account', tone: 'danger' },
  published: { label: 'Published', tone: 'active' },
  failed: { label: 'Failed', tone: 'danger' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
};

/** Target statuses that change without anyone acting: screens showing them poll for news. */
export const movingTargetStatuses: readonly TargetStatus[] = ['scheduled', 'publishing', 'verifying', 'retrying'];
