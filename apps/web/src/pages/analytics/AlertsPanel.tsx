import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { listNotifications, markAllNotificationsRead, markNotificationRead } from '../../api/notifications.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { invalidateNotifications } from '../../api/invalidate-notifications.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { NotificationItem } from '../../components/NotificationItem.tsx';
import { AnalyticsPanel } from './AnalyticsPanel.tsx';
import { QueryContent } from './QueryContent.tsx';

const shownAlerts = 5;

/** The brand's newest alerts (viral or poor posts, unusual activity), unread ones first to the eye. */
export function AlertsPanel({ brandId }: { brandId: string }) {
  const queryClient = useQueryClient();
  const alerts = useQuery({ queryKey: queryKeys.brandNotifications(brandId), queryFn: () => listNotifications({ brandId, limit: shownAlerts }) });
  const reread = () => invalidateNotifications(queryClient);
  const markRead = useMutation({ mutationFn: markNotificationRead, onSuccess: reread });
  const markAll = useMutation({ mutationFn: () => markAllNotificationsRead(brandId), onSuccess: reread });
  const unread = alerts.data?.unread ?? 0;

  return (
    <AnalyticsPanel
      title="Alerts"
      description="Posts doing far better or worse than the brand’s average, and unusual spikes or drops in activity."
      actions={
        unread > 0 ? (
          <Button variant="secondary" busy={markAll.isPending} busyLabel="Marking…" onClick={() => markAll.mutate()}>
            Mark all as read ({unread})
          </Button>
        ) : undefined
      }
    >
      <FormAlert error={markRead.error ?? markAll.error} />
      <QueryContent query={alerts} loadingLabel="Loading alerts…">
        {(page) =>
          page.items.length === 0 ? (
            <p className="text-sm text-neutral-600">No alerts for this brand. They appear when a post reaches 3× the brand’s average engagement, falls below half of it after a day, or activity moves unusually.</p>
          ) : (
            <ul aria-label="Alerts of this brand" className="divide-y divide-neutral-100">
              {page.items.map((alert) => (
                <NotificationItem key={alert.id} notification={alert} busy={markRead.isPending && markRead.variables === alert.id} onRead={() => markRead.mutate(alert.id)} />
              ))}
            </ul>
          )
        }
      </QueryContent>
    </AnalyticsPanel>
  );
}
