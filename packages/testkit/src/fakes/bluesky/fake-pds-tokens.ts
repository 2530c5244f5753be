import { createHmac, timingSafeEqual } from 'node:crypto';

export type TokenScope = 'com.atproto.access' | 'com.atproto.refresh';

/** The claims a PDS session JWT carries (times in epoch seconds, as in every JWT). */
export interface TokenClaims {
  scope: TokenScope;
  sub: string;
  aud: string;
  iat: number;
  exp: number;
  jti: string;
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Signs session JWTs with a fixed HMAC key: clients only ever decode the payload (for `exp`),
 * while the fake can tell its own tokens from forged or garbled ones.
 */
export class SessionTokens {
  private readonly key = Buffer.from('socialseed-fake-pds-signing-key');
  private issued = 0;

  issue(scope: TokenScope, did: string, nowSeconds: number, ttlSeconds: number): { token: string; claims: TokenClaims } {
    this.issued += 1;
    const claims: TokenClaims = { scope, sub: did, aud: 'did:web:fake-pds.test', iat: nowSeconds, exp: nowSeconds + ttlSeconds, jti: `jti-${this.issued}` };
    const unsigned = `${encode({ alg: 'HS256', typ: scope === 'com.atproto.access' ? 'at+jwt' : 'refresh+jwt' })}.${encode(claims)}`;
    return { token: `${unsigned}.${this.sign(unsigned)}`, claims };
  }

  /** The claims of a token this fake signed, or null for anything else. Expiry is the caller's call. */
  verify(token: string): TokenClaims | null {
    const [header, payload, signature] = token.split('.');
    if (header === undefined || payload === undefined || signature === undefined) return null;
    const expected = Buffer.from(this.sign(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenClaims;
    } catch {
      return null;
    }
  }

  private sign(unsigned: string): string {
    return createHmac('sha256', this.key).update(unsigned).digest('base64url');
  }
}
