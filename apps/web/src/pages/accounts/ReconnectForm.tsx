import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/api-error.ts';
import type { SocialAccount } from '../../api/schemas/social-account.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { connectFields } from './connect-fields.ts';
import { useConnectAccount } from './use-connect-account.ts';

/** Asks again for the secret of an account the network stopped accepting; the rest is known. */
export function ReconnectForm({ account, onDone }: { account: SocialAccount; onDone: () => void }) {
  const secretLabel = connectFields[account.platform].secretLabel ?? 'Secret';
  const [secret, setSecret] = useState('');
  const [missing, setMissing] = useState<string>();
  const mutation = useConnectAccount();

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = secret.trim();
    setMissing(trimmed ? undefined : `Enter a new ${secretLabel.toLowerCase()}.`);
    if (!trimmed) return;
    const baseUrl = connectFields[account.platform].needsBaseUrl ? account.baseUrl : undefined;
    mutation.mutate({ brandId: account.brandId, platform: account.platform, identifier: account.handle, secret: trimmed, baseUrl }, { onSuccess: onDone });
  }

  return (
    <form onSubmit={submit} noValidate className="mt-3 space-y-3">
      <FormAlert error={mutation.error} shownFields={['secret']} />
      <TextField
        label={`New ${secretLabel.toLowerCase()} for @${account.handle}`}
        type="password"
        autoComplete="off"
        value={secret}
        onChange={setSecret}
        error={missing ?? fieldErrorsOf(mutation.error).secret}
      />
      <div className="flex gap-2">
        <Button type="submit" busy={mutation.isPending} busyLabel="Reconnecting…">
          Reconnect
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Not now
        </Button>
      </div>
    </form>
  );
}
