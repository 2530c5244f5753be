import type { PostStatus, TargetStatus } from './post';

/**
 * A post's delivery status from its targets': published when all are, partially_failed when
 * some failed and some went out, failed when none did, publishing while any is still moving.
 */
export function rollUpPostStatus(counts: Partial<Record<TargetStatus, number>>): PostStatus | null {
  const total = Object.values(counts).reduce((sum, value) => sum + (value ?? 0), 0);
  if (total === 0) return null;
  const published = counts.published ?? 0;
  const failed = counts.failed ?? 0;
  const cancelled = counts.cancelled ?? 0;
  if (published + failed + cancelled < total) return 'publishing';
  if (published === total - cancelled && published > 0) return 'published';
  if (published > 0) return 'partially_failed';
  if (failed > 0) return 'failed';
  return 'cancelled';
}
