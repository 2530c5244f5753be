import type { AppNotification } from '../api/schemas/notification.ts';
import { Button } from './Button.tsx';
import { formatDateTime } from './format-date.ts';
import { relativeTimeOf } from './relative-time.ts';
import { StatusBadge } from './StatusBadge.tsx';
import type { StatusTone } from './status-tones.ts';
import { TextLink } from './TextLink.tsx';

const kindBadges: Record<string, { label: string; tone: StatusTone }> = {
  'post.viral': { label: 'Viral', tone: 'active' },
  'post.poor': { label: 'Under average', tone: 'danger' },
  'activity.spike': { label: 'Spike', tone: 'info' },
  'activity.drop': { label: 'Drop', tone: 'draft' },
  'account.reconnect': { label: 'Reconnect', tone: 'danger' },
  'post.failed': { label: 'Not published', tone: 'danger' },
};

/** A link only to a page of this app: the server writes paths; anything else is shown as text. */
const isAppPath = (link: string | null): link is string => link !== null && link.startsWith('/') && !link.startsWith('//');

/** One notification: what happened, when, where to look, and "Mark as read" while it is unread. */
export function NotificationItem({ notification, busy, onRead }: { notification: AppNotification; busy: boolean; onRead: () => void }) {
  const badge = kindBadges[notification.kind] ?? { label: 'Alert', tone: 'neutral' as const };
  const unread = notification.readAt === null;
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 py-3">
      <div className="min-w-0 space-y-1">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <StatusBadge label={badge.label} tone={badge.tone} />
          <span className={unread ? 'font-semibold text-neutral-900' : 'text-neutral-700'}>{notification.title}</span>
          {unread && <span className="sr-only">(unread)</span>}
        </p>
        <p className="text-sm text-neutral-600">{notification.body}</p>
        <p className="text-xs text-neutral-500">
          <time dateTime={notification.createdAt} title={formatDateTime(notification.createdAt)}>
            {relativeTimeOf(notification.createdAt)}
          </time>
          {isAppPath(notification.link) && (
            <>
              {' · '}
              <TextLink to={notification.link}>Open</TextLink>
            </>
          )}
        </p>
      </div>
      {unread && (
        <Button variant="ghost" className="px-2 py-1 text-xs" busy={busy} onClick={onRead}>
          Mark as read<span className="sr-only">: {notification.title}</span>
        </Button>
      )}
    </li>
  );
}
