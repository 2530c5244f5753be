import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { fieldErrorsOf, type FieldErrors } from '../../api/api-error.ts';
import { requestPasswordReset } from '../../api/auth.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { TextLink } from '../../components/TextLink.tsx';
import { emailField } from '../../forms/common-schemas.ts';
import { focusFirstInvalid, validateForm } from '../../forms/validate.ts';
import { useEmailMode } from '../../hooks/use-instance-meta.ts';
import { AuthLayout } from '../../layout/AuthLayout.tsx';
import { ResetRequestedMessage } from './ResetRequestedMessage.tsx';

const forgotPasswordSchema = z.object({ email: emailField });

const descriptions = {
  smtp: 'We will email you a link to choose a new password.',
  outbox: 'This instance has no mail server: the link to choose a new password is written to the server log, not emailed.',
  unknown: 'We will create a link to choose a new password.',
};

export function ForgotPasswordPage() {
  const emailMode = useEmailMode();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const mutation = useMutation({ mutationFn: requestPasswordReset });
  const errors = { ...fieldErrorsOf(mutation.error), ...clientErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateForm(forgotPasswordSchema, { email });
    setClientErrors(result.ok ? {} : result.errors);
    if (!result.ok) return focusFirstInvalid(formRef.current);
    mutation.mutate(result.data.email);
  }

  return (
    <AuthLayout title="Reset your password" description={descriptions[emailMode ?? 'unknown']}>
      {mutation.isSuccess ? (
        <ResetRequestedMessage email={email} emailMode={emailMode} />
      ) : (
        <form ref={formRef} onSubmit={submit} noValidate className="space-y-4">
          <FormAlert error={mutation.error} shownFields={['email']} />
          <TextField label="Email" type="email" autoComplete="email" value={email} onChange={setEmail} error={errors.email} />
          <Button type="submit" className="w-full" busy={mutation.isPending} busyLabel="Sending…">
            Send reset link
          </Button>
        </form>
      )}
      <p className="mt-6 text-sm text-neutral-600">
        <TextLink to="/login">Back to log in</TextLink>
      </p>
    </AuthLayout>
  );
}
