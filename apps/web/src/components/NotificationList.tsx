import type { AppNotification } from '../api/schemas/notification.ts';
import type { NotificationReadActions } from '../hooks/use-notification-read-actions.ts';
import { Button } from './Button.tsx';
import { NotificationItem } from './NotificationItem.tsx';

/** The notifications, each with its own "Mark as read" while unread. */
export function NotificationList({ label, items, actions, className }: { label: string; items: readonly AppNotification[]; actions: NotificationReadActions; className: string }) {
  const { markRead } = actions;
  return (
    <ul aria-label={label} className={className}>
      {items.map((notification) => (
        <NotificationItem key={notification.id} notification={notification} busy={markRead.isPending && markRead.variables === notification.id} onRead={() => markRead.mutate(notification.id)} />
      ))}
    </ul>
  );
}

/** "Mark all as read (n)", shown only while something is unread. */
export function MarkAllReadButton({ unread, actions }: { unread: number; actions: NotificationReadActions }) {
  if (unread === 0) return null;
  return (
    <Button variant="secondary" busy={actions.markAll.isPending} busyLabel="Marking…" onClick={() => actions.markAll.mutate()}>
      Mark all as read ({unread})
    </Button>
  );
}
