import type { OutboxEmailRecord } from '../ports/entities';
import type { EmailOutboxRepository } from '../ports/repositories';
import type { Clock } from '../shared/clock';

/** Sends one email; SMTP in production. Absent when no SMTP server is configured. */
export interface EmailTransport {
  send(email: OutboxEmailRecord): Promise<void>;
}

export interface DeliverEmailDeps {
  outbox: EmailOutboxRepository;
  transport: EmailTransport | null;
  clock: Clock;
  /** Where an email goes when there is no SMTP: the server log, link included. */
  logFallback(email: OutboxEmailRecord): void;
}

export type DeliveryOutcome = 'sent' | 'logged' | 'already-delivered' | 'being-sent' | 'missing';

/** How long one send may hold an email; an SMTP exchange times out well within it. */
const SENDING_LEASE_MS = 2 * 60_000;

/**
 * Delivers an outbox email once. Safe to call again for the same id (a retried job, a sweep):
 * a delivered email is not sent twice. A transport error is recorded and rethrown so the job
 * queue retries it with backoff.
 */
export async function deliverEmail(deps: DeliverEmailDeps, outboxEmailId: string, finalAttempt: boolean): Promise<DeliveryOutcome> {
  const email = await deps.outbox.findById(outboxEmailId);
  if (!email) return 'missing';
  if (email.status === 'sent' || email.status === 'logged') return 'already-delivered';
  // A retried job and the sweep may run for the same email at once: only the claimant sends.
  // A worker that died mid-send leaves a claim that lapses, and then the email goes again.
  const now = deps.clock.now();
  if (!(await deps.outbox.claimForSending(email.id, now, new Date(now.getTime() + SENDING_LEASE_MS)))) return 'being-sent';
  if (!deps.transport) {
    deps.logFallback(email);
    await deps.outbox.markDelivered(email.id, 'logged', deps.clock.now());
    return 'logged';
  }
  try {
    await deps.transport.send(email);
  } catch (error) {
    await deps.outbox.markAttemptFailed(email.id, error instanceof Error ? error.message : String(error), finalAttempt);
    throw error;
  }
  await deps.outbox.markDelivered(email.id, 'sent', deps.clock.now());
  return 'sent';
}
