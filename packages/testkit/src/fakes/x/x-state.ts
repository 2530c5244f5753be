import { randomBytes } from 'node:crypto';

export interface XUser {
  id: string;
  username: string;
  name: string;
  /** What public_metrics reports; tests set them (posts are counted from the stored tweets). */
  followers: number;
  following: number;
}

export interface XPublicMetrics {
  retweet_count: number;
  reply_count: number;
  like_count: number;
  quote_count: number;
  impression_count: number;
  bookmark_count: number;
}

export interface XTweet {
  id: string;
  authorId: string;
  text: string;
  createdAt: Date;
  conversationId: string;
  inReplyToTweetId: string | null;
  inReplyToUserId: string | null;
  mediaKeys: string[];
  metrics: XPublicMetrics;
}

export interface XMedia {
  id: string;
  mediaKey: string;
  ownerId: string;
  mimeType: string;
  size: number;
  altText: string | null;
}

export interface XAccessToken {
  userId: string;
  clientId: string;
  scopes: string[];
  expiresAt: Date;
}

export interface XOAuthClient {
  clientId: string;
  /** Null for a public client (PKCE only); confidential clients authenticate with Basic auth. */
  clientSecret: string | null;
  redirectUris: string[];
}

export interface XAuthorizationCode {
  clientId: string;
  userId: string;
  redirectUri: string;
  codeChallenge: string;
  scopes: string[];
  expiresAt: Date;
}

/** Everything the fake X remembers; tests read it to assert what landed. */
export class XState {
  readonly users = new Map<string, XUser>();
  readonly tweets = new Map<string, XTweet>();
  readonly media = new Map<string, XMedia>();
  readonly accessTokens = new Map<string, XAccessToken>();
  readonly refreshTokens = new Map<string, Omit<XAccessToken, 'expiresAt'>>();
  readonly clients = new Map<string, XOAuthClient>();
  readonly codes = new Map<string, XAuthorizationCode>();
  /** App-only bearer tokens (OAuth 2.0 client credentials); they never expire in the fake. */
  readonly appTokens = new Set<string>();
  /** Hourly post counts per recent-counts query, newest last, on top of matching stored posts. */
  readonly recentCounts = new Map<string, number[]>();
  /** Who approves the consent screen; null means the first user. */
  consentingUserId: string | null = null;
  private sequence = 0n;

  constructor(
    readonly now: () => Date,
    readonly accessTokenTtlSeconds: number,
  ) {}

  /** Snowflake-like ids: 19 digits, increasing, as the spec's TweetId pattern wants. */
  nextId(): string {
    this.sequence += 1n;
    return (1_870_000_000_000_000_000n + this.sequence).toString();
  }

  addUser(input: { username: string; name?: string; id?: string; followers?: number; following?: number }): XUser {
    const user = { id: input.id ?? this.nextId(), username: input.username, name: input.name ?? input.username, followers: input.followers ?? 0, following: input.following ?? 0 };
    this.users.set(user.id, user);
    return user;
  }

  /** Issues an access token (and a refresh token with offline.access), as a grant would. */
  issueTokens(userId: string, clientId: string, scopes: string[]): { accessToken: string; refreshToken: string | null; expiresIn: number } {
    const accessToken = randomBytes(24).toString('base64url');
    const expiresAt = new Date(this.now().getTime() + this.accessTokenTtlSeconds * 1000);
    this.accessTokens.set(accessToken, { userId, clientId, scopes, expiresAt });
    let refreshToken: string | null = null;
    if (scopes.includes('offline.access')) {
      refreshToken = randomBytes(24).toString('base64url');
      this.refreshTokens.set(refreshToken, { userId, clientId, scopes });
    }
    return { accessToken, refreshToken, expiresIn: this.accessTokenTtlSeconds };
  }

  /** An app-only bearer token, as the developer portal shows it (a long %-encoded string). */
  issueAppToken(token: string = `AAAAAAAAAAAAAAAAAAAAA${randomBytes(30).toString('base64url')}`): string {
    this.appTokens.add(token);
    return token;
  }

  /** The live token's grant, or null when unknown or expired. */
  tokenGrant(accessToken: string): XAccessToken | null {
    const grant = this.accessTokens.get(accessToken);
    return grant && grant.expiresAt > this.now() ? grant : null;
  }

  expireToken(accessToken: string): void {
    const grant = this.accessTokens.get(accessToken);
    if (grant) grant.expiresAt = this.now();
  }

  /** Live tweets of one author, newest first. */
  tweetsBy(authorId: string): XTweet[] {
    return [...this.tweets.values()].filter((tweet) => tweet.authorId === authorId).sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
  }
}
