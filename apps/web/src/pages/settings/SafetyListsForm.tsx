import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { updateSafetyLists } from '../../api/ai.ts';
import { fieldErrorsOf } from '../../api/api-error.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { SafetyLists } from '../../api/schemas/ai.ts';
import { Button } from '../../components/Button.tsx';
import { ChipInput } from '../../components/ChipInput.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';

export function SafetyListsForm({ brandId, lists, editable }: { brandId: string; lists: SafetyLists; editable: boolean }) {
  const queryClient = useQueryClient();
  const [bannedWords, setBannedWords] = useState(lists.bannedWords);
  const [sensitiveTopics, setSensitiveTopics] = useState(lists.sensitiveTopics);
  const mutation = useMutation({
    mutationFn: () => updateSafetyLists(brandId, { bannedWords, sensitiveTopics }),
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.safetyLists(brandId), saved),
  });
  const errors = fieldErrorsOf(mutation.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate();
  }

  if (!editable) {
    return (
      <dl className="space-y-2 text-sm">
        <dt className="font-medium text-neutral-800">Banned words</dt>
        <dd className="text-neutral-700">{bannedWords.join(', ') || 'None'}</dd>
        <dt className="font-medium text-neutral-800">Sensitive topics</dt>
        <dd className="text-neutral-700">{sensitiveTopics.join(', ') || 'None'}</dd>
      </dl>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormAlert error={mutation.error} shownFields={['bannedWords', 'sensitiveTopics']} />
      {mutation.isSuccess && <StatusMessage>Safety lists saved.</StatusMessage>}
      <ChipInput label="Banned words" values={bannedWords} onChange={setBannedWords} placeholder="e.g. guaranteed returns" error={errors.bannedWords} />
      <ChipInput label="Sensitive topics" values={sensitiveTopics} onChange={setSensitiveTopics} placeholder="e.g. politics" error={errors.sensitiveTopics} />
      <Button type="submit" busy={mutation.isPending} busyLabel="Saving…">
        Save safety lists
      </Button>
    </form>
  );
}
