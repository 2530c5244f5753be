import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { z } from 'zod';
import { fieldErrorsOf, type FieldErrors } from '../../api/api-error.ts';
import { login } from '../../api/auth.ts';
import { useSession } from '../../auth/session-context.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { TextLink } from '../../components/TextLink.tsx';
import { emailField, requiredText } from '../../forms/common-schemas.ts';
import { focusFirstInvalid, validateForm } from '../../forms/validate.ts';
import { AuthLayout } from '../../layout/AuthLayout.tsx';

const loginSchema = z.object({ email: emailField, password: requiredText('Enter your password.') });

export function LoginPage() {
  const { startSession } = useSession();
  const [searchParams] = useSearchParams();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  // The guard around this page follows ?next= once the session starts.
  const mutation = useMutation({ mutationFn: login, onSuccess: (session) => startSession(session) });
  const errors = { ...fieldErrorsOf(mutation.error), ...clientErrors };
  const next = searchParams.get('next');

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateForm(loginSchema, { email, password });
    setClientErrors(result.ok ? {} : result.errors);
    if (!result.ok) return focusFirstInvalid(formRef.current);
    mutation.mutate(result.data);
  }

  return (
    <AuthLayout title="Log in to Socialseed">
      <form ref={formRef} onSubmit={submit} noValidate className="space-y-4">
        <FormAlert error={mutation.error} shownFields={['email', 'password']} />
        <TextField label="Email" type="email" autoComplete="email" value={email} onChange={setEmail} error={errors.email} />
        <TextField label="Password" type="password" autoComplete="current-password" value={password} onChange={setPassword} error={errors.password} />
        <div className="flex items-center justify-between">
          <TextLink to="/forgot-password">Forgot password?</TextLink>
        </div>
        <Button type="submit" className="w-full" busy={mutation.isPending} busyLabel="Logging in…">
          Log in
        </Button>
      </form>
      <p className="mt-6 text-sm text-neutral-600">
        New here? <TextLink to={next ? `/register?next=${encodeURIComponent(next)}` : '/register'}>Create an account</TextLink>
      </p>
    </AuthLayout>
  );
}
