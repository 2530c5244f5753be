import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../api/api-error.ts';
import { resendVerification } from '../api/auth.ts';
import { useAuthenticatedUser } from '../auth/session-context.ts';

/** Reminds people with an unverified address, with a way to get a fresh link. */
export function EmailVerificationBanner() {
  const user = useAuthenticatedUser();
  const resend = useMutation({ mutationFn: resendVerification });
  if (user.emailVerified) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900 sm:px-6">
      <span>Please verify {user.email}: we sent you a link.</span>
      {resend.isSuccess ? (
        <span role="status">A new link is on its way.</span>
      ) : (
        <button type="button" className="font-medium underline underline-offset-2" disabled={resend.isPending} onClick={() => resend.mutate()}>
          Send a new link
        </button>
      )}
      {resend.isError && (
        <span role="alert">{resend.error instanceof ApiError ? resend.error.userMessage : 'The link could not be sent.'}</span>
      )}
    </div>
  );
}
