import { useState } from 'react';
import { ApiError } from '../../api/api-error.ts';
import type { SocialAccount } from '../../api/schemas/social-account.ts';
import { Button } from '../../components/Button.tsx';
import { formatDateTime } from '../../components/format-date.ts';
import { connectFields } from './connect-fields.ts';
import { ReconnectForm } from './ReconnectForm.tsx';
import { useConnectAccount } from './use-connect-account.ts';

/**
 * A broken account, shown loudly: its posts are held until it works again. The Sandbox needs
 * no secret, so reconnecting it is one click; other networks ask for a fresh secret.
 */
export function ReconnectNotice({ account, canManage }: { account: SocialAccount; canManage: boolean }) {
  const [asking, setAsking] = useState(false);
  const reconnect = useConnectAccount();
  const needsSecret = Boolean(connectFields[account.platform].secretLabel);

  function start() {
    if (needsSecret) setAsking(true);
    else reconnect.mutate({ brandId: account.brandId, platform: account.platform, identifier: account.handle });
  }

  return (
    <div role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
      <p className="font-medium">This account needs to be reconnected. Posts to it are held until then.</p>
      {account.lastError && (
        <p className="mt-1">
          {account.lastError}
          {account.lastErrorAt && <span className="text-red-700"> ({formatDateTime(account.lastErrorAt)})</span>}
        </p>
      )}
      {reconnect.error ? <p className="mt-1 font-medium">{reconnect.error instanceof ApiError ? reconnect.error.userMessage : 'Reconnecting failed.'}</p> : null}
      {canManage && !asking && (
        <Button className="mt-3" busy={reconnect.isPending} busyLabel="Reconnecting…" onClick={start}>
          Reconnect<span className="sr-only"> @{account.handle}</span>
        </Button>
      )}
      {asking && <ReconnectForm account={account} onDone={() => setAsking(false)} />}
    </div>
  );
}
