import type { FieldErrors } from '../../api/api-error.ts';
import type { SocialAccount } from '../../api/schemas/social-account.ts';
import { errorFor } from '../../forms/field-errors.ts';
import { TargetOverridePanel } from './TargetOverridePanel.tsx';
import type { OverrideDraft, OverrideDrafts } from './target-overrides.ts';

/** A chosen account and its place among the overrides sent (`overrides.<index>`). */
export interface ChosenAccount {
  account: SocialAccount;
  index: number;
}

interface TargetOverridesProps {
  chosen: ChosenAccount[];
  mainText: string;
  mainMediaIds: string[];
  drafts: OverrideDrafts;
  onChange: (accountId: string, draft: OverrideDraft) => void;
  errors: FieldErrors;
}

/** One "Customize for …" panel per chosen account; the server names problems `overrides.<n>.<field>`. */
export function TargetOverrides({ chosen, mainText, mainMediaIds, drafts, onChange, errors }: TargetOverridesProps) {
  if (chosen.length === 0) return null;
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium text-neutral-800">Per account</p>
      {chosen.map(({ account, index }) => (
        <TargetOverridePanel
          key={account.id}
          account={account}
          mainText={mainText}
          mainMediaIds={mainMediaIds}
          draft={drafts[account.id]}
          onChange={(draft) => onChange(account.id, draft)}
          errors={{ text: errorFor(errors, `overrides.${index}.text`), mediaIds: errorFor(errors, `overrides.${index}.mediaIds`) }}
        />
      ))}
    </div>
  );
}
