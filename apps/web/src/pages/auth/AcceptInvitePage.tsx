import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/api-error.ts';
import { lookupInvitation } from '../../api/organizations.ts';
import { useSession } from '../../auth/session-context.ts';
import { LoadingState } from '../../components/LoadingState.tsx';
import { TextLink } from '../../components/TextLink.tsx';
import { AuthLayout } from '../../layout/AuthLayout.tsx';
import { AcceptInvitationPanel } from './AcceptInvitationPanel.tsx';
import { JoinByRegisteringPanel } from './JoinByRegisteringPanel.tsx';

/** Landing page of invitation emails: accept when logged in, otherwise register or log in first. */
export function AcceptInvitePage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const { state } = useSession();
  const lookup = useQuery({
    queryKey: ['invitation-lookup', token],
    queryFn: () => lookupInvitation(token),
    enabled: token !== '',
    retry: false,
  });

  if (!token) {
    return (
      <AuthLayout title="Join an organization">
        <p role="alert" className="text-sm text-red-700">This invitation link is missing its token. Open the link from the email again.</p>
      </AuthLayout>
    );
  }
  if (lookup.isPending || state.status === 'loading') {
    return <LoadingState label="Looking up your invitation…" fullScreen />;
  }
  if (lookup.isError) {
    const message = lookup.error instanceof ApiError ? lookup.error.userMessage : 'This invitation could not be found.';
    return (
      <AuthLayout title="Join an organization">
        <p role="alert" className="text-sm text-red-700">{message}</p>
        <p className="mt-2 text-sm text-neutral-600">Ask the person who invited you to send a new invitation.</p>
        <p className="mt-6 text-sm"><TextLink to="/dashboard">Go to Socialseed</TextLink></p>
      </AuthLayout>
    );
  }
  const invitation = lookup.data;
  return (
    <AuthLayout
      title={`Join ${invitation.organizationName}`}
      description={`You have been invited as ${invitation.role} (${invitation.email}).`}
    >
      {state.status === 'authenticated' ? (
        <AcceptInvitationPanel token={token} invitation={invitation} currentEmail={state.user.email} />
      ) : (
        <JoinByRegisteringPanel token={token} invitation={invitation} />
      )}
    </AuthLayout>
  );
}
