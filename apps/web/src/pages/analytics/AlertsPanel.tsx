import { useQuery } from '@tanstack/react-query';
import { listNotifications } from '../../api/notifications.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { MarkAllReadButton, NotificationList } from '../../components/NotificationList.tsx';
import { useNotificationReadActions } from '../../hooks/use-notification-read-actions.ts';
import { AnalyticsPanel } from './AnalyticsPanel.tsx';
import { QueryContent } from './QueryContent.tsx';

const shownAlerts = 5;

/** The brand's newest alerts (viral or poor posts, unusual activity), unread ones first to the eye. */
export function AlertsPanel({ brandId }: { brandId: string }) {
  const alerts = useQuery({ queryKey: queryKeys.brandNotifications(brandId), queryFn: () => listNotifications({ brandId, limit: shownAlerts }) });
  const actions = useNotificationReadActions(brandId);

  return (
    <AnalyticsPanel
      title="Alerts"
      description="Posts doing far better or worse than the brand’s average, and unusual spikes or drops in activity."
      actions={<MarkAllReadButton unread={alerts.data?.unread ?? 0} actions={actions} />}
    >
      <FormAlert error={actions.error} />
      <QueryContent query={alerts} loadingLabel="Loading alerts…">
        {(page) =>
          page.items.length === 0 ? (
            <p className="text-sm text-neutral-600">No alerts for this brand. They appear when a post reaches 3× the brand’s average engagement, falls below half of it after a day, or activity moves unusually.</p>
          ) : (
            <NotificationList label="Alerts of this brand" items={page.items} actions={actions} className="divide-y divide-neutral-100" />
          )
        }
      </QueryContent>
    </AnalyticsPanel>
  );
}
