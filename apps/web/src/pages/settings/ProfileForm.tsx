import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { fieldErrorsOf, type FieldErrors } from '../../api/api-error.ts';
import { updateProfile, type ProfileUpdate } from '../../api/users.ts';
import { useAuthenticatedUser, useSession } from '../../auth/session-context.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { TextField } from '../../components/TextField.tsx';
import { newPasswordField, requiredText } from '../../forms/common-schemas.ts';
import { focusFirstInvalid, validateForm } from '../../forms/validate.ts';

// A new password is optional, but once typed it needs the current one and the minimum length.
const profileSchema = z
  .object({ name: requiredText('Enter your name.'), currentPassword: z.string(), newPassword: z.union([z.literal(''), newPasswordField]) })
  .refine((values) => !values.newPassword || values.currentPassword, { path: ['currentPassword'], message: 'Enter your current password to change it.' });

export function ProfileForm() {
  const user = useAuthenticatedUser();
  const { replaceUser } = useSession();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ name: user.name, currentPassword: '', newPassword: '' });
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: updateProfile,
    onSuccess: (updated) => {
      replaceUser(updated);
      setValues((previous) => ({ ...previous, currentPassword: '', newPassword: '' }));
    },
  });
  const errors = { ...fieldErrorsOf(mutation.error), ...clientErrors };
  const set = (field: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateForm(profileSchema, values);
    setClientErrors(result.ok ? {} : result.errors);
    if (!result.ok) return focusFirstInvalid(formRef.current);
    const changes: ProfileUpdate = { name: result.data.name };
    if (result.data.newPassword) Object.assign(changes, { currentPassword: result.data.currentPassword, newPassword: result.data.newPassword });
    mutation.mutate(changes);
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="max-w-md space-y-4">
      <FormAlert error={mutation.error} shownFields={['name', 'currentPassword', 'newPassword']} />
      {mutation.isSuccess && <StatusMessage>Profile saved.</StatusMessage>}
      <TextField label="Name" autoComplete="name" value={values.name} onChange={set('name')} error={errors.name} />
      <p className="text-sm text-neutral-600">Email: {user.email}</p>
      <TextField label="Current password" type="password" autoComplete="current-password" value={values.currentPassword} onChange={set('currentPassword')} error={errors.currentPassword} />
      <TextField label="New password" type="password" autoComplete="new-password" hint="Leave empty to keep your password. At least 10 characters." value={values.newPassword} onChange={set('newPassword')} error={errors.newPassword} />
      <Button type="submit" busy={mutation.isPending} busyLabel="Saving…">
        Save profile
      </Button>
    </form>
  );
}
