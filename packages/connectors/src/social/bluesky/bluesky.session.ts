import type { AccountCredentials } from '@socialseed/core/ports/social-provider';
import { didDocSchema, jwtClaimsSchema, type BlueskySession } from './bluesky.schemas';

/**
 * When a JWT stops working, read from its `exp` claim without verifying the signature: the
 * PDS verifies, we only schedule the refresh. Null when the token carries no readable `exp`.
 */
export function jwtExpiry(jwt: string): Date | null {
  const payload = jwt.split('.')[1];
  if (!payload) return null;
  try {
    const claims = jwtClaimsSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    return claims.success && claims.data.exp !== undefined ? new Date(claims.data.exp * 1000) : null;
  } catch {
    return null;
  }
}

/** createSession / refreshSession output as stored credentials: access JWT, refresh JWT, expiry. */
export function credentialsFromSession(session: BlueskySession): AccountCredentials {
  return { accessToken: session.accessJwt, refreshToken: session.refreshJwt, expiresAt: jwtExpiry(session.accessJwt) };
}

/**
 * The PDS that hosts the account, from the session's DID document (#atproto_pds). Logging in
 * at an entryway such as bsky.social works for every call, but the account's own PDS is the
 * direct route; without a usable document the login origin is kept.
 */
export function pdsEndpoint(didDoc: unknown, fallback: string): string {
  const services = didDocSchema.safeParse(didDoc).data?.service ?? [];
  const pds = services.find((service) => service.id === '#atproto_pds' || service.id.endsWith('#atproto_pds'));
  const endpoint = pds?.serviceEndpoint;
  if (typeof endpoint !== 'string') return fallback;
  try {
    const url = new URL(endpoint);
    // Plain http only when the login itself was (a local PDS): a document must not downgrade TLS.
    const allowed = url.protocol === 'https:' || (url.protocol === 'http:' && fallback.startsWith('http:'));
    return allowed ? url.origin : fallback;
  } catch {
    return fallback;
  }
}
