import type { PostTarget } from '../../api/schemas/post.ts';
import type { SocialAccount } from '../../api/schemas/social-account.ts';
import { formatDateTime } from '../../components/format-date.ts';
import { platformShortNames } from '../../components/platform-labels.ts';
import { targetStatusLabels } from '../../components/post-status-labels.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { errorKindLabels, retryableTargetStatuses } from './error-kind-labels.ts';
import { RetryTargetButton } from './RetryTargetButton.tsx';

interface TargetsTableProps {
  postId: string;
  targets: PostTarget[];
  accounts: SocialAccount[] | undefined;
  /** Whether the person may send a failed or held delivery again (editors and above). */
  canRetry: boolean;
}

/** The post's delivery to each account: where it stands, how many tries, and what went wrong. */
export function TargetsTable({ postId, targets, accounts, canRetry }: TargetsTableProps) {
  if (targets.length === 0) return <p className="text-sm text-neutral-600">No accounts chosen yet: edit the post to pick where it goes.</p>;
  const handleOf = (accountId: string) => {
    const account = accounts?.find((candidate) => candidate.id === accountId);
    return account ? `@${account.handle}` : accounts ? 'A disconnected account' : '…';
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Delivery to each account</caption>
        <thead className="border-b border-neutral-200 text-xs uppercase text-neutral-500">
          <tr>
            <th scope="col" className="py-2 pr-4">Network</th>
            <th scope="col" className="py-2 pr-4">Account</th>
            <th scope="col" className="py-2 pr-4">Status</th>
            <th scope="col" className="py-2 pr-4">Attempts</th>
            <th scope="col" className="py-2 pr-4">Published</th>
            <th scope="col" className="py-2">Last error</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-neutral-100">
          {targets.map((target) => {
            const status = targetStatusLabels[target.status];
            return (
              <tr key={target.id} className="align-top">
                <td className="py-3 pr-4">{platformShortNames[target.platform]}</td>
                <th scope="row" className="py-3 pr-4 font-medium text-neutral-900">{handleOf(target.socialAccountId)}</th>
                <td className="py-3 pr-4">
                  <StatusBadge label={status.label} tone={status.tone} />
                  {target.nextAttemptAt && target.status !== 'published' && (
                    <span className="mt-1 block text-xs text-neutral-500">next try {formatDateTime(target.nextAttemptAt)}</span>
                  )}
                </td>
                <td className="py-3 pr-4 tabular-nums">{target.attempts}</td>
                <td className="py-3 pr-4">
                  {target.platformUrl ? (
                    <a href={target.platformUrl} target="_blank" rel="noreferrer" className="font-medium text-accent-700 hover:underline">
                      View on {platformShortNames[target.platform]}
                      <span className="sr-only"> (opens in a new tab)</span>
                    </a>
                  ) : (
                    '—'
                  )}
                  {target.publishedAt && <span className="block text-xs text-neutral-500">{formatDateTime(target.publishedAt)}</span>}
                </td>
                <td className="py-3 text-red-800">
                  {target.lastErrorKind || target.lastErrorMessage ? (
                    <>
                      {target.lastErrorKind && (
                        <span className="text-xs font-medium">
                          {errorKindLabels[target.lastErrorKind] ?? target.lastErrorKind} <span className="font-mono font-normal">({target.lastErrorKind})</span>
                        </span>
                      )}
                      {target.lastErrorMessage && <span className="block text-sm">{target.lastErrorMessage}</span>}
                    </>
                  ) : (
                    <span className="text-neutral-500">—</span>
                  )}
                  {canRetry && retryableTargetStatuses.includes(target.status) && (
                    <RetryTargetButton postId={postId} targetId={target.id} accountName={handleOf(target.socialAccountId)} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
