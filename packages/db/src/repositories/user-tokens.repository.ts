import { and, eq, gt, isNull } from 'drizzle-orm';
import type { UserTokensRepository } from '@socialseed/core/ports/repositories';
import type { Executor } from '../client';
import { userTokens } from '../schema/index';

export function createUserTokensRepository(db: Executor): UserTokensRepository {
  return {
    async create(input) {
      await db.insert(userTokens).values(input);
    },
    async consume(tokenHash, purpose, now) {
      // One UPDATE … RETURNING makes "check unused, then mark used" atomic across processes.
      const [row] = await db
        .update(userTokens)
        .set({ usedAt: now })
        .where(
          and(
            eq(userTokens.tokenHash, tokenHash),
            eq(userTokens.purpose, purpose),
            isNull(userTokens.usedAt),
            gt(userTokens.expiresAt, now),
          ),
        )
        .returning();
      return row ? { id: row.id, userId: row.userId, purpose: row.purpose, expiresAt: row.expiresAt, usedAt: row.usedAt } : null;
    },
  };
}
