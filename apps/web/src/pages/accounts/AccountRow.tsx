import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { SocialAccount } from '../../api/schemas/social-account.ts';
import { disconnectSocialAccount } from '../../api/social-accounts.ts';
import { Button } from '../../components/Button.tsx';
import { formatDate } from '../../components/format-date.ts';
import { platformLabels } from '../../components/platform-labels.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { AccountHealthLine } from './AccountHealthLine.tsx';
import { ReconnectNotice } from './ReconnectNotice.tsx';

export function AccountRow({ account, canManage }: { account: SocialAccount; canManage: boolean }) {
  const queryClient = useQueryClient();
  const disconnect = useMutation({
    mutationFn: () => disconnectSocialAccount(account.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.socialAccounts }),
  });
  const broken = account.status === 'needs_reconnect';

  function confirmDisconnect() {
    if (window.confirm(`Disconnect @${account.handle}? Posts will no longer go to this account.`)) disconnect.mutate();
  }

  return (
    <li className="py-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <p className="font-medium text-neutral-900">
            @{account.handle} <span className="font-normal text-neutral-600">· {platformLabels[account.platform]}</span>
          </p>
          <p className="text-xs text-neutral-500">
            {account.displayName} · connected {formatDate(account.createdAt)}
          </p>
        </div>
        <div className="flex items-center gap-3">
          <StatusBadge label={broken ? 'Needs reconnecting' : 'Active'} tone={broken ? 'danger' : 'active'} />
          {canManage && (
            <Button variant="danger" busy={disconnect.isPending} busyLabel="Disconnecting…" onClick={confirmDisconnect}>
              Disconnect<span className="sr-only"> @{account.handle}</span>
            </Button>
          )}
        </div>
      </div>
      <AccountHealthLine account={account} canManage={canManage} />
      {disconnect.error ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {disconnect.error instanceof ApiError ? disconnect.error.userMessage : 'Disconnecting failed.'}
        </p>
      ) : null}
      {broken && <ReconnectNotice account={account} canManage={canManage} />}
    </li>
  );
}
