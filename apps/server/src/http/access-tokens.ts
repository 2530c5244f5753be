import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { z } from 'zod';
import type { AccessTokenIssuer } from '@socialseed/core/deps';
import type { Principal } from '@socialseed/core/organizations/resolve-actor';

const claimsSchema = z.object({ sub: z.uuid(), sid: z.uuid() });
const ISSUER = 'socialseed';

/** HS256 access tokens: short-lived, carrying only the user and session ids. */
export function createAccessTokens(secret: string, ttlSeconds: number) {
  const key = new TextEncoder().encode(secret);
  const issuer: AccessTokenIssuer = {
    async issue({ userId, sessionId }) {
      const token = await new SignJWT({ sid: sessionId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(userId)
        .setIssuer(ISSUER)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(key);
      return { token, expiresInSeconds: ttlSeconds };
    },
  };
  /** Returns the principal, or null for any invalid, expired or foreign token. */
  async function verify(token: string): Promise<Principal | null> {
    try {
      const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
      const claims = claimsSchema.parse(payload);
      return { userId: claims.sub, sessionId: claims.sid };
    } catch (error) {
      if (error instanceof joseErrors.JOSEError || error instanceof z.ZodError) return null;
      throw error;
    }
  }
  return { issuer, verify };
}

export type AccessTokens = ReturnType<typeof createAccessTokens>;
