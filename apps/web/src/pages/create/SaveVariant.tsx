import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { fieldErrorsOf } from '../../api/api-error.ts';
import { saveContent } from '../../api/ai.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { Post } from '../../api/schemas/post.ts';
import type { SocialAccount } from '../../api/schemas/social-account.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { AccountPicker } from '../compose/AccountPicker.tsx';
import type { StudioVariant } from './studio-variant.ts';
import { saveOutcome } from './save-outcome.ts';

interface SaveVariantProps {
  label: string;
  variant: StudioVariant;
  /** The brand's accounts. */
  accounts: SocialAccount[];
  /** False while the text is still flagged unsafe: it may be saved as a draft, not submitted. */
  submittable: boolean;
}

/** Turns the variant into a post for chosen accounts: a draft, or submitted for approval. */
export function SaveVariant({ label, variant, accounts, submittable }: SaveVariantProps) {
  const queryClient = useQueryClient();
  const samePlatform = accounts.filter((account) => account.platform === variant.brief.platform).map((account) => account.id);
  const [accountIds, setAccountIds] = useState<string[]>(samePlatform);
  const [accountError, setAccountError] = useState<string>();
  const [saved, setSaved] = useState<{ post: Post; submitted: boolean }>();
  const mutation = useMutation({
    mutationFn: (submit: boolean) =>
      saveContent({
        brandId: variant.brief.brandId,
        platform: variant.brief.platform,
        format: variant.brief.format,
        text: variant.text,
        accountIds,
        mediaIds: variant.graphic?.media.map((media) => media.id) ?? [],
        provenance: { tier: variant.generated.tier, provider: variant.generated.provider, model: variant.generated.model, taskId: variant.generated.taskId },
        submit,
        ...(variant.brief.tone ? { tone: variant.brief.tone } : {}),
        ...(variant.brief.trendId ? { trendId: variant.brief.trendId } : {}),
      }),
    onSuccess: (post, submit) => {
      setSaved({ post, submitted: submit });
      void queryClient.invalidateQueries({ queryKey: queryKeys.posts });
    },
  });

  function save(submit: boolean) {
    const missing = accountIds.length === 0 ? 'Choose at least one account.' : undefined;
    setAccountError(missing);
    if (!missing) mutation.mutate(submit);
  }

  if (saved) {
    return (
      <div className="space-y-2">
        <StatusMessage>{saveOutcome(saved.post.status, saved.submitted)}</StatusMessage>
        <Link to={`/posts/${encodeURIComponent(saved.post.id)}`} className="text-sm font-medium text-accent-700 hover:underline">
          Open the post<span className="sr-only"> saved from {label}</span>
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <FormAlert error={mutation.error} shownFields={['accountIds']} />
      <AccountPicker brandChosen accounts={accounts} selected={accountIds} onChange={setAccountIds} error={accountError ?? fieldErrorsOf(mutation.error).accountIds} />
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={mutation.isPending} onClick={() => save(false)}>
          Save as draft<span className="sr-only"> ({label})</span>
        </Button>
        <Button disabled={mutation.isPending || !submittable} onClick={() => save(true)} title={submittable ? undefined : 'Edit the flagged text first.'}>
          Submit for approval<span className="sr-only"> ({label})</span>
        </Button>
      </div>
    </div>
  );
}
