import { and, asc, eq, lt } from 'drizzle-orm';
import type { Database } from '../client';
import { emailOutbox } from '../schema/index';

/** Outbox emails still pending after `olderThan`: their job was lost or is failing; the sweep re-dispatches them. */
export async function findStalePendingEmails(db: Database, olderThan: Date, limit = 100): Promise<string[]> {
  const rows = await db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.status, 'pending'), lt(emailOutbox.createdAt, olderThan)))
    .orderBy(asc(emailOutbox.createdAt))
    .limit(limit);
  return rows.map((row) => row.id);
}
