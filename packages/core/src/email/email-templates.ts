import type { OutboxEmail, UserRecord } from '../ports/entities';

/** Plain-text emails: they render everywhere and carry one clear action link. */
export function verificationEmail(recipient: UserRecord, link: string): OutboxEmail {
  const { email: to, name } = recipient;
  return {
    toAddress: to,
    organizationId: null,
    recipientUserId: recipient.id,
    kind: 'verify_email',
    subject: 'Confirm your email for Socialseed',
    text: `Hi ${name},\n\nConfirm your email address to finish setting up Socialseed:\n${link}\n\nIf you did not sign up, ignore this email.`,
    actionUrl: link,
  };
}

export function passwordResetEmail(recipient: UserRecord, link: string): OutboxEmail {
  const { email: to, name } = recipient;
  return {
    toAddress: to,
    organizationId: null,
    recipientUserId: recipient.id,
    kind: 'reset_password',
    subject: 'Reset your Socialseed password',
    text: `Hi ${name},\n\nSomeone asked to reset your Socialseed password. Choose a new one here (valid for 1 hour):\n${link}\n\nIf it was not you, ignore this email; your password stays the same.`,
    actionUrl: link,
  };
}

export function invitationEmail(
  to: string,
  inviterName: string,
  organization: { id: string; name: string },
  role: string,
  link: string,
): OutboxEmail {
  const organizationName = organization.name;
  return {
    toAddress: to,
    organizationId: organization.id,
    recipientUserId: null,
    kind: 'invitation',
    subject: `${inviterName} invited you to ${organizationName} on Socialseed`,
    text: `${inviterName} invited you to join ${organizationName} on Socialseed as ${role}.\n\nAccept the invitation:\n${link}`,
    actionUrl: link,
  };
}
