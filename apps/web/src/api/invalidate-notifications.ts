import type { QueryClient } from '@tanstack/react-query';

/**
 * Reads every notification list again — the Notifications page, the unread count in the top bar
 * and each brand's alerts on Analytics — after one was marked read anywhere.
 */
export function invalidateNotifications(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes('notifications') });
}
