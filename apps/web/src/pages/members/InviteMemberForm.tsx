import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { fieldErrorsOf, type FieldErrors } from '../../api/api-error.ts';
import { inviteMember } from '../../api/organizations.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { roleSchema, type Role } from '../../api/schemas/common.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { emailField } from '../../forms/common-schemas.ts';
import { focusFirstInvalid, validateForm } from '../../forms/validate.ts';
import { useEmailMode } from '../../hooks/use-instance-meta.ts';
import { assignableRoles, roleOptions } from './assignable-roles.ts';
import { InviteSentMessage } from './InviteSentMessage.tsx';

const inviteSchema = z.object({ email: emailField, role: roleSchema });

export function InviteMemberForm({ currentRole }: { currentRole: Role | undefined }) {
  const queryClient = useQueryClient();
  const emailMode = useEmailMode();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<string>('editor');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: inviteMember,
    onSuccess: () => {
      setEmail('');
      void queryClient.invalidateQueries({ queryKey: queryKeys.invitations });
      void queryClient.invalidateQueries({ queryKey: queryKeys.outboxAll });
    },
  });
  const errors = { ...fieldErrorsOf(mutation.error), ...clientErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateForm(inviteSchema, { email, role });
    setClientErrors(result.ok ? {} : result.errors);
    if (!result.ok) return focusFirstInvalid(formRef.current);
    mutation.mutate(result.data);
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-4">
      <FormAlert error={mutation.error} shownFields={['email', 'role']} />
      {mutation.isSuccess && <InviteSentMessage email={mutation.data.email} emailMode={emailMode} />}
      <div className="grid items-start gap-4 sm:grid-cols-[1fr_12rem_auto]">
        <TextField label="Email" type="email" autoComplete="off" value={email} onChange={setEmail} error={errors.email} />
        <SelectField label="Role" value={role} onChange={setRole} options={roleOptions(assignableRoles(currentRole))} error={errors.role} />
        <Button type="submit" className="sm:mt-6" busy={mutation.isPending} busyLabel="Sending…">
          Send invite
        </Button>
      </div>
    </form>
  );
}
