import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverEmail, type EmailTransport } from '@socialseed/core/email/deliver-email';
import type { OutboxEmailRecord } from '@socialseed/core/ports/entities';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const email = { toAddress: 'ada@example.com', subject: 'Welcome', text: 'Hello', actionUrl: null, kind: 'welcome', organizationId: null, recipientUserId: null };

/** An SMTP server that takes a while to answer, and remembers every message it was given. */
function slowTransport(sent: OutboxEmailRecord[], fail = false): EmailTransport {
  return {
    async send(message) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (fail) throw new Error('421 try again later');
      sent.push(message);
    },
  };
}

describe('sending an outbox email', () => {
  it('sends it once when a retried job and the sweep deliver it at the same moment', async () => {
    const queued = await t.context.core.uow.emailOutbox.enqueue(email);
    const sent: OutboxEmailRecord[] = [];
    const deps = { outbox: t.context.core.uow.emailOutbox, transport: slowTransport(sent), clock: t.context.core.clock, logFallback: () => undefined };
    const outcomes = await Promise.all([deliverEmail(deps, queued.id, false), deliverEmail(deps, queued.id, false)]);
    expect(outcomes.sort()).toEqual(['being-sent', 'sent']);
    expect(sent).toHaveLength(1);
    expect(await deliverEmail(deps, queued.id, false)).toBe('already-delivered');
  });

  it('lets the next attempt send after a failed one, without waiting for the claim to lapse', async () => {
    const queued = await t.context.core.uow.emailOutbox.enqueue(email);
    const sent: OutboxEmailRecord[] = [];
    const failing = { outbox: t.context.core.uow.emailOutbox, transport: slowTransport(sent, true), clock: t.context.core.clock, logFallback: () => undefined };
    await expect(deliverEmail(failing, queued.id, false)).rejects.toThrow('421');
    const working = { ...failing, transport: slowTransport(sent) };
    expect(await deliverEmail(working, queued.id, false)).toBe('sent');
    expect(sent).toHaveLength(1);
  });
});
