import { z } from 'zod';
import { defineJob } from './job-definition';

/** Emails pending this long had their job lost (e.g. a crash between commit and enqueue). */
const STALE_AFTER_MS = 2 * 60 * 1000;

export interface PendingEmailFinder {
  (olderThan: Date): Promise<string[]>;
}

/** Every minute: re-dispatch outbox emails stuck in `pending`, so no email is silently lost. */
export function emailSweepJob(findStalePending: PendingEmailFinder) {
  return defineJob({
    name: 'email.sweep',
    payload: z.object({}).passthrough(),
    retry: { limit: 0, delaySeconds: 0, backoff: false },
    cron: '* * * * *',
    async handler(_payload, run) {
      const stale = await findStalePending(new Date(run.server.core.clock.now().getTime() - STALE_AFTER_MS));
      for (const id of stale) await run.server.core.emails.dispatch(id);
      if (stale.length > 0) run.log.warn({ count: stale.length }, 're-dispatched pending emails');
    },
  });
}
