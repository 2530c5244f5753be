import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../api/api-error.ts';
import { createOrganization } from '../api/organizations.ts';
import { queryKeys } from '../api/query-keys.ts';
import { Button } from '../components/Button.tsx';
import { FormAlert } from '../components/FormAlert.tsx';
import { TextField } from '../components/TextField.tsx';
import { useSwitchOrganization } from '../hooks/use-switch-organization.ts';

export function NewOrganizationForm({ onDone }: { onDone: () => void }) {
  const switchOrganization = useSwitchOrganization();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [clientError, setClientError] = useState<string>();
  const mutation = useMutation({
    mutationFn: createOrganization,
    onSuccess: async (organization) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.organizations });
      switchOrganization(organization.id);
      setName('');
      mutation.reset();
      onDone();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    setClientError(trimmed ? undefined : 'Enter a name for the organization.');
    if (trimmed) mutation.mutate(trimmed);
  }

  return (
    <form onSubmit={submit} noValidate className="mt-4 space-y-4">
      <FormAlert error={mutation.error} shownFields={['name']} />
      <TextField label="Organization name" value={name} onChange={setName} error={clientError ?? fieldErrorsOf(mutation.error).name} />
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" busy={mutation.isPending} busyLabel="Creating…">
          Create organization
        </Button>
      </div>
    </form>
  );
}
