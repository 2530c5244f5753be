import { TextLink } from '../../components/TextLink.tsx';
import { useSession } from '../../auth/session-context.ts';
import { AuthLayout } from '../../layout/AuthLayout.tsx';
import { RegisterForm } from './RegisterForm.tsx';

export function RegisterPage() {
  const { startSession } = useSession();
  return (
    <AuthLayout title="Create your account" description="Set up Socialseed for your organization in a few minutes.">
      {/* Starting the session is enough: the surrounding guard then redirects to the dashboard. */}
      <RegisterForm onRegistered={(session) => startSession(session)} />
      <p className="mt-6 text-sm text-neutral-600">
        Already have an account? <TextLink to="/login">Log in</TextLink>
      </p>
    </AuthLayout>
  );
}
