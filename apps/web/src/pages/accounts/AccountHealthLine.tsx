import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { SocialAccount } from '../../api/schemas/social-account.ts';
import { getAccountHealth, syncSocialAccount } from '../../api/social-accounts.ts';
import { Button } from '../../components/Button.tsx';
import { healthFacts } from './health-facts.ts';

/**
 * Whether the account can publish right now, in one line of facts, with "Sync now" to ask the
 * network for the account's profile and limits again (managers and above).
 */
export function AccountHealthLine({ account, canManage }: { account: SocialAccount; canManage: boolean }) {
  const queryClient = useQueryClient();
  const health = useQuery({ queryKey: queryKeys.accountHealth(account.id), queryFn: () => getAccountHealth(account.id) });
  const sync = useMutation({
    mutationFn: () => syncSocialAccount(account.id),
    // The account list holds the health queries too, so one refresh covers both.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.socialAccounts }),
  });
  const failure = health.error ?? sync.error;

  return (
    <div className="mt-2 flex flex-wrap items-start justify-between gap-3">
      {health.data ? (
        <div role="group" aria-label={`Health of @${account.handle}`}>
          <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
            {healthFacts(health.data).map((fact) => (
              <div key={fact.label} className={fact.problem ? 'text-red-700' : 'text-neutral-600'}>
                <dt className="inline font-medium">{fact.label}: </dt>
                <dd className="inline">{fact.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : (
        <p className="text-xs text-neutral-500">{health.isPending ? 'Checking health…' : 'Health unavailable.'}</p>
      )}
      {canManage && (
        <Button variant="secondary" className="px-2.5 py-1 text-xs" busy={sync.isPending} busyLabel="Syncing…" onClick={() => sync.mutate()}>
          Sync now<span className="sr-only"> @{account.handle}</span>
        </Button>
      )}
      {failure ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {failure instanceof ApiError ? failure.userMessage : 'The account’s health could not be loaded.'}
        </p>
      ) : null}
      {sync.isSuccess && !sync.isPending && (
        <p role="status" className="w-full text-xs text-neutral-600">
          Synced @{sync.data.handle}.
        </p>
      )}
    </div>
  );
}
