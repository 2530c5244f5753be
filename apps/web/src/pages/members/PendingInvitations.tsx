import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { listInvitations, revokeInvitation } from '../../api/organizations.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { Button } from '../../components/Button.tsx';
import { capitalise } from '../../components/labels.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { formatDate } from '../../components/format-date.ts';
import { LoadingState } from '../../components/LoadingState.tsx';

export function PendingInvitations() {
  const queryClient = useQueryClient();
  const invitations = useQuery({ queryKey: queryKeys.invitations, queryFn: listInvitations });
  const revoke = useMutation({
    mutationFn: revokeInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.invitations }),
  });
  if (invitations.isPending) return <LoadingState label="Loading invitations…" />;
  if (invitations.isError) return <FormAlert error={invitations.error} />;
  if (invitations.data.length === 0) return <p className="text-sm text-neutral-600">No invitations are waiting for an answer.</p>;
  return (
    <>
      <FormAlert error={revoke.error} />
      <ul aria-label="Pending invitations" className="divide-y divide-neutral-100">
        {invitations.data.map((invitation) => (
          <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 py-3 text-sm">
            <div>
              <div className="font-medium text-neutral-900">{invitation.email}</div>
              <div className="text-neutral-600">
                {capitalise(invitation.role)} · expires {formatDate(invitation.expiresAt)}
              </div>
            </div>
            <Button variant="danger" disabled={revoke.isPending} onClick={() => revoke.mutate(invitation.id)}>
              Revoke<span className="sr-only"> invitation for {invitation.email}</span>
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
