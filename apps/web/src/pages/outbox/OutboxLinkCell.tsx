import type { EmailMode } from '../../api/schemas/meta.ts';
import type { OutboxEmail } from '../../api/schemas/outbox.ts';
import { CopyableLink } from './CopyableLink.tsx';
import { passwordResetKind, withheldResetExplanation } from './outbox-labels.ts';

/** The email's action link to copy, or why there is none. */
export function OutboxLinkCell({ email, emailMode }: { email: OutboxEmail; emailMode: EmailMode | undefined }) {
  if (email.actionUrl) return <CopyableLink url={email.actionUrl} label={`Link in the email to ${email.toAddress}`} />;
  if (email.kind === passwordResetKind) {
    return (
      <>
        <span className="font-medium text-neutral-800">Link withheld</span>
        <span className="block text-xs text-neutral-600">{withheldResetExplanation(emailMode)}</span>
      </>
    );
  }
  return <span className="text-neutral-600">No link</span>;
}
