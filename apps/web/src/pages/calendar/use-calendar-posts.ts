import { useQuery } from '@tanstack/react-query';
import { getCalendar } from '../../api/posts.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { Post } from '../../api/schemas/post.ts';

const soonMs = 2 * 60_000;

/**
 * How often to look again: every 3 s while a post is going out or due within two minutes,
 * every 30 s while any is waiting (so "due soon" is noticed), otherwise only on demand.
 */
function refreshInterval(posts: Post[] | undefined): number | false {
  if (!posts) return false;
  const now = Date.now();
  const dueSoon = (post: Post) => post.status === 'scheduled' && post.scheduledAt !== null && Date.parse(post.scheduledAt) - now < soonMs;
  if (posts.some((post) => post.status === 'publishing' || dueSoon(post))) return 3000;
  if (posts.some((post) => post.status === 'scheduled')) return 30_000;
  return false;
}

/** Posts scheduled between the first visible day and the day after the last. */
export function useCalendarPosts(from: Date, to: Date, brandId: string) {
  const range = { from: from.toISOString(), to: to.toISOString(), brandId: brandId || undefined };
  return useQuery({
    queryKey: queryKeys.calendar(range.from, range.to, brandId),
    queryFn: () => getCalendar(range),
    refetchInterval: (query) => refreshInterval(query.state.data),
  });
}
