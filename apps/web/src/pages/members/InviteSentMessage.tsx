import type { EmailMode } from '../../api/schemas/meta.ts';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { TextLink } from '../../components/TextLink.tsx';

/** After an invite: without a mail server nothing was emailed, and the link is in the Outbox. */
export function InviteSentMessage({ email, emailMode }: { email: string; emailMode: EmailMode | undefined }) {
  if (emailMode === 'outbox') {
    return (
      <StatusMessage>
        Invitation for {email} created, but no email was sent: this instance has no mail server. Copy the invite link from the{' '}
        <TextLink to="/outbox">Outbox</TextLink> and send it to them yourself.
      </StatusMessage>
    );
  }
  if (emailMode === 'smtp') return <StatusMessage>Invitation sent to {email}.</StatusMessage>;
  return <StatusMessage>Invitation for {email} created.</StatusMessage>;
}
