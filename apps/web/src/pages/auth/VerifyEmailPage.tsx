import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/api-error.ts';
import { verifyEmail } from '../../api/auth.ts';
import { LoadingState } from '../../components/LoadingState.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { TextLink } from '../../components/TextLink.tsx';
import { AuthLayout } from '../../layout/AuthLayout.tsx';

export function VerifyEmailPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const mutation = useMutation({ mutationFn: verifyEmail });
  const sentToken = useRef<string | null>(null);
  const { mutate } = mutation;

  useEffect(() => {
    // Tokens are single-use; React's development double effect must not spend it twice.
    if (!token || sentToken.current === token) return;
    sentToken.current = token;
    mutate(token);
  }, [token, mutate]);

  return (
    <AuthLayout title="Verify your email">
      {!token && <p role="alert" className="text-sm text-red-700">This link is missing its token. Open the link from the email again.</p>}
      {token && (mutation.isPending || mutation.isIdle) && <LoadingState label="Checking your link…" />}
      {mutation.isSuccess && <StatusMessage>Your email address is verified. Thank you!</StatusMessage>}
      {mutation.isError && (
        <p role="alert" className="text-sm text-red-700">
          {mutation.error instanceof ApiError ? mutation.error.userMessage : 'The link could not be checked.'}
        </p>
      )}
      <p className="mt-6 text-sm">
        <TextLink to="/dashboard">Continue to Socialseed</TextLink>
      </p>
    </AuthLayout>
  );
}
