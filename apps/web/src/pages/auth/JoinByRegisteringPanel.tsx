import { useNavigate } from 'react-router';
import type { Session } from '../../api/schemas/auth.ts';
import type { InvitationLookup } from '../../api/schemas/organization.ts';
import { useSession } from '../../auth/session-context.ts';
import { TextLink } from '../../components/TextLink.tsx';
import { RegisterForm } from './RegisterForm.tsx';

/** For invitees without a session: create an account that joins directly, or log in and come back. */
export function JoinByRegisteringPanel({ token, invitation }: { token: string; invitation: InvitationLookup }) {
  const { startSession } = useSession();
  const navigate = useNavigate();
  const returnHere = `/accept-invite?token=${encodeURIComponent(token)}`;

  function joined(session: Session) {
    const invitedOrganization = session.organizations.find((organization) => organization.name === invitation.organizationName);
    startSession(session, invitedOrganization?.id);
    void navigate('/dashboard');
  }

  return (
    <div className="space-y-6">
      <p className="text-sm text-neutral-700">
        Already have an account? <TextLink to={`/login?next=${encodeURIComponent(returnHere)}`}>Log in to accept</TextLink>
      </p>
      <div className="border-t border-neutral-200 pt-6">
        <h2 className="mb-4 text-sm font-semibold text-neutral-900">Or create an account</h2>
        <RegisterForm inviteToken={token} invitedEmail={invitation.email} onRegistered={joined} />
      </div>
    </div>
  );
}
