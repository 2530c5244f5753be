import { and, eq, gt } from 'drizzle-orm';
import type { OAuthStatesRepository } from '@socialseed/core/ports/publishing-repositories';
import type { Executor } from '../client';
import { oauthStates } from '../schema/index';

export function createOAuthStatesRepository(db: Executor): OAuthStatesRepository {
  return {
    async create(input) {
      await db.insert(oauthStates).values(input);
    },
    async consume(stateHash, now) {
      const [row] = await db
        .delete(oauthStates)
        .where(and(eq(oauthStates.stateHash, stateHash), gt(oauthStates.expiresAt, now)))
        .returning();
      return row ? { organizationId: row.organizationId, brandId: row.brandId, userId: row.userId, platform: row.platform, codeVerifier: row.codeVerifier } : null;
    },
  };
}
