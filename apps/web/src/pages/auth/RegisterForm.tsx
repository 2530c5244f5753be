import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { fieldErrorsOf, type FieldErrors } from '../../api/api-error.ts';
import { register } from '../../api/auth.ts';
import type { Session } from '../../api/schemas/auth.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { emailField, newPasswordField, requiredText } from '../../forms/common-schemas.ts';
import { focusFirstInvalid, validateForm } from '../../forms/validate.ts';

const registerSchema = z.object({
  name: requiredText('Enter your name.'),
  email: emailField,
  password: newPasswordField,
  organizationName: z.string().trim().optional(),
});
const shownFields = ['name', 'email', 'password', 'organizationName'];

interface RegisterFormProps {
  /** When joining through an invitation: no new organization is created. */
  inviteToken?: string;
  invitedEmail?: string;
  onRegistered: (session: Session) => void;
}

export function RegisterForm({ inviteToken, invitedEmail, onRegistered }: RegisterFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ name: '', email: invitedEmail ?? '', password: '', organizationName: '' });
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const mutation = useMutation({ mutationFn: register, onSuccess: onRegistered });
  const errors = { ...fieldErrorsOf(mutation.error), ...clientErrors };
  const set = (field: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateForm(registerSchema, values);
    setClientErrors(result.ok ? {} : result.errors);
    if (!result.ok) return focusFirstInvalid(formRef.current);
    const { organizationName, ...account } = result.data;
    mutation.mutate(inviteToken ? { ...account, inviteToken } : { ...account, organizationName: organizationName || undefined });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-4">
      <FormAlert error={mutation.error} shownFields={shownFields} />
      <TextField label="Name" autoComplete="name" value={values.name} onChange={set('name')} error={errors.name} />
      <TextField label="Email" type="email" autoComplete="email" value={values.email} onChange={set('email')} error={errors.email} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        value={values.password}
        onChange={set('password')}
        error={errors.password}
      />
      {!inviteToken && (
        <TextField
          label="Organization name"
          autoComplete="organization"
          hint="Your company or agency. You can rename it later."
          value={values.organizationName}
          onChange={set('organizationName')}
          error={errors.organizationName}
        />
      )}
      <Button type="submit" className="w-full" busy={mutation.isPending} busyLabel="Creating account…">
        Create account
      </Button>
    </form>
  );
}
