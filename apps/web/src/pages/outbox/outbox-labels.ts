import type { EmailMode } from '../../api/schemas/meta.ts';
import type { OutboxStatus } from '../../api/schemas/outbox.ts';

type Tone = 'active' | 'draft' | 'neutral' | 'danger';

const statusLabels: Record<OutboxStatus, { label: string; tone: Tone }> = {
  pending: { label: 'Queued', tone: 'draft' },
  sent: { label: 'Sent', tone: 'active' },
  logged: { label: 'Not sent: written to the log', tone: 'neutral' },
  failed: { label: 'Failed', tone: 'danger' },
};

/** A status the server may add later is shown as it comes rather than hidden. */
export function describeStatus(email: { status: string; attempts: number }): { label: string; tone: Tone } {
  // A pending email with attempts behind it failed at least once and waits for the next try.
  if (email.status === 'pending' && email.attempts > 0) return { label: 'Retrying', tone: 'draft' };
  return statusLabels[email.status as OutboxStatus] ?? { label: email.status, tone: 'neutral' };
}

const kindLabels: Record<string, string> = {
  invitation: 'Invitation',
  verify_email: 'Email verification',
  reset_password: 'Password reset',
};

export function describeKind(kind: string): string {
  return kindLabels[kind] ?? kind;
}

export const passwordResetKind = 'reset_password';

/** Why a password-reset row shows no link; where the link did go depends on the email mode. */
export function withheldResetExplanation(emailMode: EmailMode | undefined): string {
  if (emailMode === 'smtp') return 'Reset links go only to the recipient’s inbox, never to this page.';
  return 'Reset links are only in the server log, never on this page.';
}
