import { z } from 'zod';
import { deliverEmail } from '@socialseed/core/email/deliver-email';
import { defineJob } from './job-definition';
import type { EmailTransport } from '@socialseed/core/email/deliver-email';

export const emailSendPayload = z.object({ outboxEmailId: z.uuid() });

/** Delivers one outbox email by SMTP, or logs its link when no SMTP server is configured. */
export function emailSendJob(transport: EmailTransport | null) {
  return defineJob({
    name: 'email.send',
    payload: emailSendPayload,
    retry: { limit: 5, delaySeconds: 30, backoff: true },
    concurrency: 4,
    async handler({ outboxEmailId }, run) {
      const outcome = await deliverEmail(
        {
          outbox: run.server.core.uow.emailOutbox,
          transport,
          clock: run.server.core.clock,
          logFallback: (email) =>
            run.log.info(
              { outboxEmailId: email.id, to: email.toAddress, kind: email.kind, link: email.actionUrl, jobId: run.jobId },
              `email to ${email.toAddress} (no SMTP configured): ${email.subject} — ${email.actionUrl ?? ''}`,
            ),
        },
        outboxEmailId,
        run.finalAttempt,
      );
      run.log.debug({ outboxEmailId, outcome }, 'email job done');
    },
  });
}
