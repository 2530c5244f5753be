import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { getDeliveryStatus } from '../api/posts.ts';
import { queryKeys } from '../api/query-keys.ts';
import { formatDateTime } from '../components/format-date.ts';

/** How often the stall is read again while the app is open. */
const REFRESH_MS = 60_000;

/**
 * Says out loud when scheduled posts are past their time and unsent — the usual cause being that
 * no worker process is running — instead of leaving people to find out from the calendar.
 */
export function DeliveryStallBanner() {
  const status = useQuery({ queryKey: queryKeys.deliveryStatus, queryFn: getDeliveryStatus, refetchInterval: REFRESH_MS });
  const overdue = status.data?.overdue ?? 0;
  if (overdue === 0) return null;
  const oldest = status.data?.oldestDueAt;
  const posts = overdue === 1 ? '1 scheduled post is past its time' : `${overdue} scheduled posts are past their time`;
  return (
    <section aria-label="Delivery stalled" role="alert" className="border-b border-red-200 bg-red-50 px-4 py-2 text-sm text-red-900 sm:px-6">
      <p>
        <strong className="font-semibold">{posts} and not yet published</strong>
        {oldest ? ` (the oldest was due ${formatDateTime(oldest)})` : ''}. Socialseed’s worker may not be running: start it with{' '}
        <code className="rounded bg-red-100 px-1">npm start</code>, or run a process with <code className="rounded bg-red-100 px-1">ROLE=worker</code>. Nothing is
        lost — they go out, once each, as soon as a worker runs.{' '}
        <Link to="/posts" className="font-medium underline underline-offset-2">
          See posts
        </Link>
      </p>
    </section>
  );
}
