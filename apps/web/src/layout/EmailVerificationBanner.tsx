import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError } from '../api/api-error.ts';
import { resendVerification } from '../api/auth.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { EmailMode } from '../api/schemas/meta.ts';
import { useAuthenticatedUser } from '../auth/session-context.ts';
import { useCurrentOrganization } from '../hooks/use-current-organization.ts';
import { useEmailMode } from '../hooks/use-instance-meta.ts';

const linkClassName = 'font-medium underline underline-offset-2';

/** Where the link went, told truthfully: without a mail server nothing reaches the inbox. */
function WhereTheLinkIs({ emailMode, canReadOutbox }: { emailMode: EmailMode | undefined; canReadOutbox: boolean }) {
  if (emailMode === 'smtp') return <>we sent you a link.</>;
  if (emailMode !== 'outbox') return null;
  return (
    <>
      no mail server is configured, so the verification link was written to the server log instead of being emailed.{' '}
      {canReadOutbox ? (
        <>
          You can also copy it from the{' '}
          <Link to="/outbox" className={linkClassName}>
            Outbox
          </Link>
          .
        </>
      ) : (
        'Ask your administrator for it.'
      )}
    </>
  );
}

/** Reminds people with an unverified address, with a way to get a fresh link. */
export function EmailVerificationBanner() {
  const user = useAuthenticatedUser();
  const emailMode = useEmailMode();
  const { can } = useCurrentOrganization();
  const queryClient = useQueryClient();
  const resend = useMutation({
    mutationFn: resendVerification,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.outboxAll }),
  });
  if (user.emailVerified) return null;
  return (
    <section
      aria-label="Email verification"
      className="flex flex-wrap items-center gap-3 border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900 sm:px-6"
    >
      <p>
        Please verify {user.email}
        {emailMode ? ': ' : '.'}
        <WhereTheLinkIs emailMode={emailMode} canReadOutbox={can('admin')} />
      </p>
      {resend.isSuccess ? (
        <span role="status">{emailMode === 'outbox' ? 'A new link was written to the server log.' : 'A new link is on its way.'}</span>
      ) : (
        <button type="button" className={linkClassName} disabled={resend.isPending} onClick={() => resend.mutate()}>
          Send a new link
        </button>
      )}
      {resend.isError && (
        <span role="alert">{resend.error instanceof ApiError ? resend.error.userMessage : 'The link could not be sent.'}</span>
      )}
    </section>
  );
}
