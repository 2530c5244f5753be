import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/query-keys.ts';
import { listDeviceSessions, revokeDeviceSession } from '../../api/users.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { formatDateTime } from '../../components/format-date.ts';
import { LoadingState } from '../../components/LoadingState.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';

export function DeviceSessionsList() {
  const queryClient = useQueryClient();
  const sessions = useQuery({ queryKey: queryKeys.deviceSessions, queryFn: listDeviceSessions });
  const revoke = useMutation({
    mutationFn: revokeDeviceSession,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.deviceSessions }),
  });
  if (sessions.isPending) return <LoadingState label="Loading sessions…" />;
  if (sessions.isError) return <FormAlert error={sessions.error} />;
  return (
    <>
      <FormAlert error={revoke.error} />
      <ul aria-label="Active sessions" className="divide-y divide-neutral-100">
        {sessions.data.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-2 py-3 text-sm">
            <div>
              <div className="flex items-center gap-2 font-medium text-neutral-900">
                {session.device ?? 'Unknown device'}
                {session.current && <StatusBadge label="This device" tone="active" />}
              </div>
              <div className="text-neutral-600">
                {session.ip ?? 'Unknown address'} · last used {formatDateTime(session.lastUsedAt ?? session.createdAt)}
              </div>
            </div>
            {!session.current && (
              <Button variant="danger" disabled={revoke.isPending} onClick={() => revoke.mutate(session.id)}>
                Revoke<span className="sr-only"> session on {session.device ?? 'unknown device'}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
