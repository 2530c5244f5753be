import { useRef, useState } from 'react';
import { fieldErrorsOf, type FieldErrors } from '../../api/api-error.ts';
import type { Brand } from '../../api/schemas/brand.ts';
import { priorities, type Post, type PostContent, type Priority } from '../../api/schemas/post.ts';
import type { SocialAccount } from '../../api/schemas/social-account.ts';
import { Button } from '../../components/Button.tsx';
import { ChipInput } from '../../components/ChipInput.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { errorFor } from '../../forms/field-errors.ts';
import { focusFirstInvalid, validateForm } from '../../forms/validate.ts';
import { AccountPicker } from './AccountPicker.tsx';
import { composeFields, composeSchema, priorityOptions, submitSchema, submittableStatuses } from './compose-rules.ts';
import { LengthCounters } from './LengthCounters.tsx';
import { PostMediaField } from './PostMediaField.tsx';
import { saveNotice } from './save-notice.ts';
import { overridesOf, overridesToSend, type OverrideDraft, type OverrideDrafts } from './target-overrides.ts';
import { TargetOverrides, type ChosenAccount } from './TargetOverrides.tsx';
import { useSavePost, type SaveIntent } from './use-save-post.ts';

interface ComposeFormProps {
  post: Post | undefined;
  brands: Brand[];
  accounts: SocialAccount[];
  onSaved: (post: Post, notice?: string) => void;
  onCreated: (post: Post) => void;
}

const fieldNames: Record<string, string> = {
  brandId: 'Brand',
  text: 'Text',
  mediaIds: 'Images and videos',
  tags: 'Tags',
  accountIds: 'Accounts',
  priority: 'Priority',
  overrides: 'Per-account text or images',
};

/** Writing a post: brand, accounts, text and images with each account's own version and length, tags and priority. */
export function ComposeForm({ post, brands, accounts, onSaved, onCreated }: ComposeFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [brandId, setBrandId] = useState(post?.brandId ?? (brands.length === 1 ? (brands[0]?.id ?? '') : ''));
  const [accountIds, setAccountIds] = useState<string[]>(post?.targets.map((target) => target.socialAccountId) ?? []);
  const [text, setText] = useState(post?.text ?? '');
  const [mediaIds, setMediaIds] = useState<string[]>(post?.mediaIds ?? []);
  const [overrides, setOverrides] = useState<OverrideDrafts>(() => overridesOf(post));
  const [tags, setTags] = useState<string[]>(post?.tags ?? []);
  const [priority, setPriority] = useState<Priority>(post?.priority ?? 'normal');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const save = useSavePost(post, { onSaved: (saved) => onSaved(saved), onCreated });
  const errors = { ...fieldErrorsOf(save.error), ...clientErrors };
  const brandAccounts = accounts.filter((account) => account.brandId === brandId);
  // In the order of `accountIds`, which is the order overrides are sent and errors named.
  const chosen: ChosenAccount[] = accountIds.flatMap((accountId, index) => {
    const account = brandAccounts.find((candidate) => candidate.id === accountId);
    return account ? [{ account, index }] : [];
  });
  const canSubmit = !post || submittableStatuses.includes(post.status);

  function chooseBrand(value: string) {
    setBrandId(value);
    // Accounts belong to one brand: a choice made for another brand no longer applies.
    setAccountIds([]);
    setOverrides({});
  }

  function changeOverride(accountId: string, draft: OverrideDraft) {
    setOverrides((current) => ({ ...current, [accountId]: draft }));
  }

  function run(intent: SaveIntent) {
    const content: PostContent = { text, mediaIds, tags, accountIds, priority, overrides: overridesToSend(accountIds, overrides, mediaIds, post) };
    const result = validateForm(intent === 'submit' ? submitSchema : composeSchema, { brandId, ...content });
    setClientErrors(result.ok ? {} : result.errors);
    if (!result.ok) return focusFirstInvalid(formRef.current);
    const previousStatus = post?.status;
    save.mutate(
      { intent, brandId, content },
      { onSuccess: (saved) => onSaved(saved, saveNotice(intent, saved, previousStatus)), onError: () => focusFirstInvalid(formRef.current) },
    );
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        run('save');
      }}
      className="space-y-5 rounded-lg border border-neutral-200 bg-white p-5 shadow-sm"
    >
      <FormAlert error={save.error} shownFields={composeFields} describeField={(field) => fieldNames[field.split('.')[0] ?? field] ?? field} />
      <SelectField
        label="Brand"
        value={brandId}
        onChange={chooseBrand}
        options={brands.map((brand) => ({ value: brand.id, label: brand.name }))}
        placeholder="Choose a brand"
        disabled={Boolean(post)}
        hint={post ? 'A post stays with the brand it was written for.' : undefined}
        error={errors.brandId}
      />
      <AccountPicker brandChosen={brandId !== ''} accounts={brandAccounts} selected={accountIds} onChange={setAccountIds} error={errorFor(errors, 'accountIds')} />
      <div className="space-y-2">
        <TextAreaField label="Text" rows={7} value={text} onChange={setText} error={errors.text} />
        <LengthCounters
          targets={chosen.map(({ account }) => ({
            accountId: account.id,
            platform: account.platform,
            handle: account.handle,
            text: overrides[account.id]?.text ?? text,
            customised: (overrides[account.id]?.text ?? null) !== null,
            asThread: overrides[account.id]?.asThread ?? false,
          }))}
        />
      </div>
      <PostMediaField mediaIds={mediaIds} onChange={setMediaIds} error={errorFor(errors, 'mediaIds')} />
      <TargetOverrides chosen={chosen} mainText={text} mainMediaIds={mediaIds} drafts={overrides} onChange={changeOverride} errors={errors} />
      <ChipInput label="Tags" values={tags} onChange={setTags} placeholder="e.g. launch, product" error={errorFor(errors, 'tags')} />
      <SelectField
        label="Priority"
        value={priority}
        onChange={(value) => setPriority(priorities.find((option) => option === value) ?? 'normal')}
        options={priorityOptions}
        hint="Urgent posts go out first when several are due at once."
        error={errors.priority}
        className="max-w-sm"
      />
      <div className="flex flex-wrap gap-2 border-t border-neutral-200 pt-4">
        <Button type="submit" variant={canSubmit ? 'secondary' : 'primary'} busy={save.isPending && save.variables?.intent === 'save'} busyLabel="Saving…" disabled={save.isPending}>
          {post?.status === 'approved' ? 'Save changes' : 'Save draft'}
        </Button>
        {canSubmit && (
          <Button busy={save.isPending && save.variables?.intent === 'submit'} busyLabel="Submitting…" disabled={save.isPending} onClick={() => run('submit')}>
            Submit for approval
          </Button>
        )}
      </div>
    </form>
  );
}
