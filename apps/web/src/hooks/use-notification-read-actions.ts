import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateNotifications } from '../api/invalidate-notifications.ts';
import { markAllNotificationsRead, markNotificationRead } from '../api/notifications.ts';

/** "Mark as read" and "Mark all as read" (of one brand, or all), refreshing every list and count after. */
export function useNotificationReadActions(brandId?: string) {
  const queryClient = useQueryClient();
  const reread = () => invalidateNotifications(queryClient);
  const markRead = useMutation({ mutationFn: markNotificationRead, onSuccess: reread });
  const markAll = useMutation({ mutationFn: () => markAllNotificationsRead(brandId), onSuccess: reread });
  return { markRead, markAll, error: markRead.error ?? markAll.error };
}

export type NotificationReadActions = ReturnType<typeof useNotificationReadActions>;
