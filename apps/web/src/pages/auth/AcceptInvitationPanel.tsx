import { useMutation } from '@tanstack/react-query';
import { acceptInvitation } from '../../api/organizations.ts';
import type { InvitationLookup } from '../../api/schemas/organization.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useSwitchOrganization } from '../../hooks/use-switch-organization.ts';

interface AcceptInvitationPanelProps {
  token: string;
  invitation: InvitationLookup;
  currentEmail: string;
}

export function AcceptInvitationPanel({ token, invitation, currentEmail }: AcceptInvitationPanelProps) {
  const switchOrganization = useSwitchOrganization();
  const mutation = useMutation({
    mutationFn: () => acceptInvitation(token),
    onSuccess: (organization) => {
      switchOrganization(organization.id);
    },
  });
  const emailDiffers = invitation.email.toLowerCase() !== currentEmail.toLowerCase();
  return (
    <div className="space-y-4">
      <FormAlert error={mutation.error} />
      <p className="text-sm text-neutral-700">
        You are logged in as <strong>{currentEmail}</strong>.
      </p>
      {emailDiffers && (
        <p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          This invitation was sent to {invitation.email}. If that is not you, log out and use the right account.
        </p>
      )}
      <Button className="w-full" busy={mutation.isPending} busyLabel="Joining…" onClick={() => mutation.mutate()}>
        Accept invitation
      </Button>
    </div>
  );
}
