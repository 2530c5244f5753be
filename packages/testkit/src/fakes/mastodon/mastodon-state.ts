import { randomBytes } from 'node:crypto';

export interface MastodonAccount {
  id: string;
  username: string;
  displayName: string;
  createdAt: Date;
  /** What the Account entity reports; tests set them (statuses are counted from the stored ones). */
  followers: number;
  following: number;
}

export interface MastodonStatus {
  id: string;
  accountId: string;
  text: string;
  createdAt: Date;
  inReplyToId: string | null;
  inReplyToAccountId: string | null;
  visibility: string;
  language: string | null;
  mediaIds: string[];
  counts: { replies: number; reblogs: number; favourites: number; quotes: number };
}

export interface MastodonMedia {
  id: string;
  accountId: string;
  mimeType: string;
  size: number;
  description: string | null;
  /** GET /api/v1/media/:id answers 206 until this reaches 0. */
  pollsUntilReady: number;
  statusId: string | null;
}

export interface MastodonToken {
  accountId: string;
  scopes: string[];
  revoked: boolean;
}

export interface MastodonApp {
  clientId: string;
  clientSecret: string;
  name: string;
  redirectUris: string[];
  scopes: string[];
}

export interface MastodonCode {
  clientId: string;
  accountId: string;
  redirectUri: string;
  scopes: string[];
  codeChallenge: string | null;
  expiresAt: Date;
}

/** Limits the instance announces in GET /api/v2/instance and enforces on create. */
export interface MastodonInstanceLimits {
  maxCharacters: number;
  maxMediaAttachments: number;
  charactersReservedPerUrl: number;
  imageSizeLimit: number;
  descriptionLimit: number;
}

/** Everything the fake instance remembers; tests read it to assert what landed. */
export class MastodonState {
  readonly accounts = new Map<string, MastodonAccount>();
  readonly statuses = new Map<string, MastodonStatus>();
  readonly media = new Map<string, MastodonMedia>();
  readonly tokens = new Map<string, MastodonToken>();
  readonly apps = new Map<string, MastodonApp>();
  readonly codes = new Map<string, MastodonCode>();
  /** `${accountId} ${Idempotency-Key}` → the status it created and when (kept 1 h, as Mastodon does). */
  readonly idempotency = new Map<string, { statusId: string; at: Date }>();
  consentingAccountId: string | null = null;
  /** Dotted paths under `configuration` that GET /api/v2/instance leaves out. */
  omittedInstanceFields: string[] = [];
  /** False for servers older than 4.3, which have no GET /api/v1/statuses. */
  servesMultipleStatuses = true;
  private sequence = 0n;

  constructor(
    readonly now: () => Date,
    readonly domain: string,
    readonly limits: MastodonInstanceLimits,
  ) {}

  /** Mastodon ids are time-based snowflakes sent as strings; these only need to increase. */
  nextId(): string {
    this.sequence += 1n;
    return (113_000_000_000_000_000n + this.sequence).toString();
  }

  addAccount(input: { username: string; displayName?: string; followers?: number; following?: number }): MastodonAccount {
    const account = { id: this.nextId(), username: input.username, displayName: input.displayName ?? input.username, createdAt: this.now(), followers: input.followers ?? 0, following: input.following ?? 0 };
    this.accounts.set(account.id, account);
    return account;
  }

  /** An access token for an account; Mastodon tokens have no expiry. */
  issueToken(accountId: string, scopes: string[]): string {
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, { accountId, scopes, revoked: false });
    return token;
  }

  /** Statuses of one account, newest first. */
  statusesBy(accountId: string): MastodonStatus[] {
    return [...this.statuses.values()].filter((status) => status.accountId === accountId).sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
  }
}
