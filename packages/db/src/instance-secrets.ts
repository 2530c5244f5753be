import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from './client';
import { instanceSecrets } from './schema/index';

/**
 * Returns the named secret, creating a random one on first use. Concurrent first boots race on
 * the insert; ON CONFLICT DO NOTHING plus a re-read makes every process end up with the winner.
 */
export async function getOrCreateInstanceSecret(db: Database, name: string): Promise<string> {
  await db
    .insert(instanceSecrets)
    .values({ name, value: crypto.randomBytes(48).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select().from(instanceSecrets).where(eq(instanceSecrets.name, name));
  if (!row) throw new Error(`instance secret ${name} could not be read back`);
  return row.value;
}
