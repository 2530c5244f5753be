import type { SocialAccount } from '../../api/schemas/social-account.ts';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { platformLabels } from '../../components/platform-labels.ts';
import { TextLink } from '../../components/TextLink.tsx';

interface AccountPickerProps {
  brandChosen: boolean;
  /** The chosen brand's accounts. */
  accounts: SocialAccount[];
  selected: string[];
  onChange: (accountIds: string[]) => void;
  error: string | undefined;
  disabled?: boolean;
}

function accountLabel(account: SocialAccount): string {
  const label = `@${account.handle} · ${platformLabels[account.platform]}`;
  return account.status === 'needs_reconnect' ? `${label} (needs reconnecting)` : label;
}

/** Where the post goes: one checkbox per account of the post's brand. */
export function AccountPicker({ brandChosen, accounts, selected, onChange, error, disabled = false }: AccountPickerProps) {
  if (!brandChosen) return <p className="text-sm text-neutral-600">Choose a brand to see its accounts.</p>;
  if (accounts.length === 0) {
    return (
      <div className="space-y-1 text-sm text-neutral-600">
        <p>
          This brand has no connected accounts yet. <TextLink to="/accounts">Connect an account</TextLink> to publish.
        </p>
        {error && (
          <p role="alert" className="text-red-700">
            {error}
          </p>
        )}
      </div>
    );
  }
  return (
    <CheckboxGroup
      legend="Publish to"
      options={accounts.map((account) => ({ value: account.id, label: accountLabel(account) }))}
      selected={selected}
      onChange={onChange}
      error={error}
      columnsClassName="grid-cols-1 sm:grid-cols-2"
      disabled={disabled}
    />
  );
}
