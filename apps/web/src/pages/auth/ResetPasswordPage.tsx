import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { z } from 'zod';
import { fieldErrorsOf, type FieldErrors } from '../../api/api-error.ts';
import { resetPassword } from '../../api/auth.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { TextField } from '../../components/TextField.tsx';
import { TextLink } from '../../components/TextLink.tsx';
import { newPasswordField } from '../../forms/common-schemas.ts';
import { focusFirstInvalid, validateForm } from '../../forms/validate.ts';
import { AuthLayout } from '../../layout/AuthLayout.tsx';

const resetSchema = z
  .object({ password: newPasswordField, confirmation: z.string() })
  .refine((values) => values.password === values.confirmation, { path: ['confirmation'], message: 'The passwords do not match.' });

export function ResetPasswordPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const formRef = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const mutation = useMutation({ mutationFn: (newPassword: string) => resetPassword(token, newPassword) });
  const errors = { ...fieldErrorsOf(mutation.error), ...clientErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateForm(resetSchema, { password, confirmation });
    setClientErrors(result.ok ? {} : result.errors);
    if (!result.ok) return focusFirstInvalid(formRef.current);
    mutation.mutate(result.data.password);
  }

  if (!token) {
    return (
      <AuthLayout title="Choose a new password">
        <p role="alert" className="text-sm text-red-700">This link is missing its token. Open the link from the email again, or request a new one.</p>
        <p className="mt-6 text-sm"><TextLink to="/forgot-password">Request a new link</TextLink></p>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title="Choose a new password" description="Every device signed in to your account will be logged out.">
      {mutation.isSuccess ? (
        <StatusMessage>
          Your password has been changed. <TextLink to="/login">Log in</TextLink> with the new one.
        </StatusMessage>
      ) : (
        <form ref={formRef} onSubmit={submit} noValidate className="space-y-4">
          <FormAlert error={mutation.error} shownFields={['password']} />
          <TextField label="New password" type="password" autoComplete="new-password" hint="At least 10 characters." value={password} onChange={setPassword} error={errors.password} />
          <TextField label="Repeat new password" type="password" autoComplete="new-password" value={confirmation} onChange={setConfirmation} error={errors.confirmation} />
          <Button type="submit" className="w-full" busy={mutation.isPending} busyLabel="Saving…">
            Set new password
          </Button>
        </form>
      )}
    </AuthLayout>
  );
}
