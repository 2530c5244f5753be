import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { invalidateNotifications } from '../../api/invalidate-notifications.ts';
import { listNotifications, markAllNotificationsRead, markNotificationRead } from '../../api/notifications.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { NotificationItem } from '../../components/NotificationItem.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pagination } from '../../components/Pagination.tsx';

const pageSize = 20;

/**
 * Everything the organization was told, newest first: posts that could not be published,
 * accounts that need reconnecting, and the analytics alerts of every brand.
 */
export function NotificationsPage() {
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const notifications = useQuery({
    queryKey: queryKeys.notifications(page),
    queryFn: () => listNotifications({ page, limit: pageSize }),
    placeholderData: keepPreviousData,
  });
  const reread = () => invalidateNotifications(queryClient);
  const markRead = useMutation({ mutationFn: markNotificationRead, onSuccess: reread });
  const markAll = useMutation({ mutationFn: () => markAllNotificationsRead(), onSuccess: reread });
  const unread = notifications.data?.unread ?? 0;
  const pageCount = notifications.data ? Math.max(1, Math.ceil(notifications.data.total / pageSize)) : 1;

  return (
    <>
      <PageHeader
        title="Notifications"
        description="Posts that could not be published, accounts that need reconnecting, and every brand’s analytics alerts."
        actions={
          unread > 0 ? (
            <Button variant="secondary" busy={markAll.isPending} busyLabel="Marking…" onClick={() => markAll.mutate()}>
              Mark all as read ({unread})
            </Button>
          ) : undefined
        }
      />
      <FormAlert error={notifications.error ?? markRead.error ?? markAll.error} />
      {notifications.isPending && <LoadingState label="Loading notifications…" />}
      {notifications.data &&
        (notifications.data.items.length === 0 ? (
          <p className="text-sm text-neutral-600">Nothing yet. You are told here when a post cannot be published, when an account needs reconnecting, and when a brand’s engagement moves unusually.</p>
        ) : (
          <>
            <ul aria-label="Notifications" className="divide-y divide-neutral-100 rounded-lg border border-neutral-200 bg-white px-4">
              {notifications.data.items.map((notification) => (
                <NotificationItem
                  key={notification.id}
                  notification={notification}
                  busy={markRead.isPending && markRead.variables === notification.id}
                  onRead={() => markRead.mutate(notification.id)}
                />
              ))}
            </ul>
            <Pagination page={page} pageCount={pageCount} onPageChange={setPage} busy={notifications.isFetching} />
          </>
        ))}
    </>
  );
}
