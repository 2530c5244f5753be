import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { listNotifications } from '../api/notifications.ts';
import { queryKeys } from '../api/query-keys.ts';

/** How often the unread count is read again while the app is open. */
const UNREAD_REFRESH_MS = 60_000;

/** "Notifications" in the top bar, with the organization's unread count when there is one. */
export function NotificationsLink() {
  const unread = useQuery({
    queryKey: queryKeys.unreadNotifications,
    queryFn: () => listNotifications({ unread: true, limit: 1 }),
    refetchInterval: UNREAD_REFRESH_MS,
    select: (page) => page.unread,
  });
  const count = unread.data ?? 0;
  return (
    <NavLink
      to="/notifications"
      aria-label={count > 0 ? `Notifications, ${count} unread` : 'Notifications'}
      className={({ isActive }) => `inline-flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium ${isActive ? 'bg-accent-50 text-accent-800' : 'text-neutral-700 hover:bg-neutral-100'}`}
    >
      Notifications
      {count > 0 && (
        <span aria-hidden="true" className="rounded-full bg-red-700 px-2 py-0.5 text-xs font-semibold text-white">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </NavLink>
  );
}
