import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/api-error.ts';
import { updateOrganization } from '../../api/organizations.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { Organization } from '../../api/schemas/organization.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { TextField } from '../../components/TextField.tsx';

export function OrganizationSettingsForm({ organization, editable }: { organization: Organization; editable: boolean }) {
  const queryClient = useQueryClient();
  const approvalId = useId();
  const [name, setName] = useState(organization.name);
  const [requireApproval, setRequireApproval] = useState(organization.requireApproval);
  const [nameError, setNameError] = useState<string>();
  const mutation = useMutation({
    mutationFn: updateOrganization,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.currentOrganization });
      // The switcher shows organization names too.
      void queryClient.invalidateQueries({ queryKey: queryKeys.organizations });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    setNameError(trimmed ? undefined : 'Enter a name for the organization.');
    if (trimmed) mutation.mutate({ name: trimmed, requireApproval });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormAlert error={mutation.error} shownFields={['name']} />
      {mutation.isSuccess && <StatusMessage>Organization settings saved.</StatusMessage>}
      <TextField label="Organization name" value={name} onChange={setName} disabled={!editable} error={nameError ?? fieldErrorsOf(mutation.error).name} />
      <div className="flex items-start gap-2">
        <input
          id={approvalId}
          type="checkbox"
          checked={requireApproval}
          disabled={!editable}
          onChange={(event) => setRequireApproval(event.target.checked)}
          aria-describedby={`${approvalId}-hint`}
          className="mt-0.5 size-4 accent-accent-700"
        />
        <div>
          <label htmlFor={approvalId} className="text-sm font-medium text-neutral-800">
            Require approval
          </label>
          <p id={`${approvalId}-hint`} className="text-xs text-neutral-500">
            Posts wait for a manager or above to approve them before they are scheduled.
          </p>
        </div>
      </div>
      {editable && (
        <Button type="submit" busy={mutation.isPending} busyLabel="Saving…">
          Save organization
        </Button>
      )}
    </form>
  );
}
