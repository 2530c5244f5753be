import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { listNotifications } from '../../api/notifications.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { MarkAllReadButton, NotificationList } from '../../components/NotificationList.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { useNotificationReadActions } from '../../hooks/use-notification-read-actions.ts';

const pageSize = 20;

/**
 * Everything the organization was told, newest first: posts that could not be published,
 * accounts that need reconnecting, and the analytics alerts of every brand.
 */
export function NotificationsPage() {
  const [page, setPage] = useState(1);
  const notifications = useQuery({
    queryKey: queryKeys.notifications(page),
    queryFn: () => listNotifications({ page, limit: pageSize }),
    placeholderData: keepPreviousData,
  });
  const actions = useNotificationReadActions();
  const pageCount = notifications.data ? Math.max(1, Math.ceil(notifications.data.total / pageSize)) : 1;

  return (
    <>
      <PageHeader
        title="Notifications"
        description="Posts that could not be published, accounts that need reconnecting, and every brand’s analytics alerts."
        actions={<MarkAllReadButton unread={notifications.data?.unread ?? 0} actions={actions} />}
      />
      <FormAlert error={notifications.error ?? actions.error} />
      {notifications.isPending && <LoadingState label="Loading notifications…" />}
      {notifications.data &&
        (notifications.data.items.length === 0 ? (
          <p className="text-sm text-neutral-600">Nothing yet. You are told here when a post cannot be published, when an account needs reconnecting, and when a brand’s engagement moves unusually.</p>
        ) : (
          <>
            <NotificationList label="Notifications" items={notifications.data.items} actions={actions} className="divide-y divide-neutral-100 rounded-lg border border-neutral-200 bg-white px-4" />
            <Pagination page={page} pageCount={pageCount} onPageChange={setPage} busy={notifications.isFetching} />
          </>
        ))}
    </>
  );
}
