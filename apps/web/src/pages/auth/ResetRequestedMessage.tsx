import type { EmailMode } from '../../api/schemas/meta.ts';
import { StatusMessage } from '../../components/StatusMessage.tsx';

/**
 * The server answers the same for unknown addresses, so the wording must not confirm an account
 * exists. Without a mail server the link exists only in the server log: the UI never shows it.
 */
export function ResetRequestedMessage({ email, emailMode }: { email: string; emailMode: EmailMode | undefined }) {
  if (emailMode === 'outbox') {
    return (
      <StatusMessage>
        If an account uses {email}, a reset link was created. No email was sent: this instance has no mail server, so the link is
        only in the server log and is never shown in the app. Ask your administrator for it. The link expires soon, so use it
        today.
      </StatusMessage>
    );
  }
  return <StatusMessage>If an account uses {email}, a reset link is on its way. The link expires soon, so use it today.</StatusMessage>;
}
