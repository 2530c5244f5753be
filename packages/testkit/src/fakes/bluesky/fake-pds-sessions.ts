import { XrpcError } from './fake-pds-http';
import type { FakeAccount, FakeRepoStore } from './fake-pds-store';
import { SessionTokens, type TokenClaims, type TokenScope } from './fake-pds-tokens';

export interface SessionOptions {
  /** Access JWT lifetime; the PDS gives 2 hours. */
  accessTtlSeconds: number;
  /** Refresh JWT lifetime; the PDS gives 90 days. */
  refreshTtlSeconds: number;
  /** The PDS answers an expired access token with 400, the AppView with 401; clients must handle both. */
  expiredTokenStatus: 400 | 401;
}

const authRequired = () => new XrpcError(401, 'AuthenticationRequired', 'Authentication Required');

/** The PDS (account-manager REFRESH_GRACE_MS) lets a spent refresh token work 2 more hours, for lost answers. */
export const REFRESH_GRACE_SECONDS = 2 * 60 * 60;

/**
 * App-password sessions: access and refresh JWTs, refresh-token rotation with the PDS's grace
 * period, and revocation (as when the owner deletes the app password: refreshing then fails,
 * while access tokens already issued run until they expire).
 */
export class FakeSessions {
  private readonly tokens = new SessionTokens();
  /** Refresh tokens not revoked, by jti: their account and when they were first spent. */
  private readonly refreshTokens = new Map<string, { did: string; spentAt: number | null }>();

  constructor(
    private readonly store: FakeRepoStore,
    private readonly options: SessionOptions,
    private readonly nowSeconds: () => number,
    private readonly pdsUrl: () => string,
  ) {}

  open(account: FakeAccount) {
    const now = this.nowSeconds();
    const access = this.tokens.issue('com.atproto.access', account.did, now, this.options.accessTtlSeconds);
    const refresh = this.tokens.issue('com.atproto.refresh', account.did, now, this.options.refreshTtlSeconds);
    this.refreshTokens.set(refresh.claims.jti, { did: account.did, spentAt: null });
    const didDoc = {
      '@context': ['https://www.w3.org/ns/did/v1'],
      id: account.did,
      alsoKnownAs: [`at://${account.handle}`],
      service: [{ id: '#atproto_pds', type: 'AtprotoPersonalDataServer', serviceEndpoint: this.pdsUrl() }],
    };
    return { accessJwt: access.token, refreshJwt: refresh.token, handle: account.handle, did: account.did, didDoc, active: true };
  }

  /** refreshSession: the refresh JWT is spent (usable again only within the grace period) and a new pair issued. */
  rotate(authorization: string | null) {
    const claims = this.verify(authorization, 'com.atproto.refresh');
    const entry = this.refreshTokens.get(claims.jti);
    const now = this.nowSeconds();
    if (!entry || (entry.spentAt !== null && now - entry.spentAt > REFRESH_GRACE_SECONDS)) {
      throw new XrpcError(400, 'ExpiredToken', 'Token has been revoked');
    }
    entry.spentAt ??= now;
    const account = this.store.accounts.get(claims.sub);
    if (!account) throw authRequired();
    return this.open(account);
  }

  /** The account an access JWT speaks for. */
  authenticate(authorization: string | null): FakeAccount {
    const account = this.store.accounts.get(this.verify(authorization, 'com.atproto.access').sub);
    if (!account) throw authRequired();
    return account;
  }

  revokeAll(did: string): void {
    for (const [jti, entry] of this.refreshTokens) if (entry.did === did) this.refreshTokens.delete(jti);
  }

  private verify(authorization: string | null, scope: TokenScope): TokenClaims {
    const token = authorization?.match(/^Bearer (\S+)$/i)?.[1];
    if (!token) throw authRequired();
    const claims = this.tokens.verify(token);
    if (!claims) throw new XrpcError(401, 'InvalidToken', 'Token could not be verified');
    if (claims.exp <= this.nowSeconds()) throw new XrpcError(this.options.expiredTokenStatus, 'ExpiredToken', 'Token has expired');
    if (claims.scope !== scope) throw new XrpcError(400, 'InvalidToken', 'Bad token scope');
    return claims;
  }
}
