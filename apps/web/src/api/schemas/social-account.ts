import { z } from 'zod';
import { platforms } from '@socialseed/core/publishing/platforms';

/** Networks the server publishes to (the domain's list); the Sandbox is its built-in simulated network. */
export { platforms };
export const platformSchema = z.enum(platforms);
export type Platform = z.infer<typeof platformSchema>;

export const accountStatuses = ['active', 'needs_reconnect'] as const;

/** One connected account of `GET /social-accounts`; its credentials never leave the server. */
export const socialAccountSchema = z.object({
  id: z.string(),
  brandId: z.string(),
  platform: platformSchema,
  platformAccountId: z.string(),
  handle: z.string(),
  displayName: z.string(),
  baseUrl: z.string(),
  status: z.enum(accountStatuses),
  tokenExpiresAt: z.string().nullable(),
  lastError: z.string().nullable(),
  lastErrorAt: z.string().nullable(),
  createdAt: z.string(),
  /**
   * What the account's server announces about its own limits (a Mastodon server's character
   * count), or null; optional so a server from before these fields still validates.
   */
  instanceLimits: z.record(z.string(), z.unknown()).nullish(),
  lastSyncedAt: z.string().nullish(),
});
export type SocialAccount = z.infer<typeof socialAccountSchema>;

export const socialAccountEnvelopeSchema = z.object({ account: socialAccountSchema });

/** The body of `POST /social-accounts/connect`. */
export interface ConnectAccountInput {
  brandId: string;
  platform: Platform;
  /** A handle (Sandbox, Bluesky, X) or the account name on a Mastodon server. */
  identifier: string;
  /** App password (Bluesky) or access token (Mastodon, X); the Sandbox needs none. */
  secret?: string;
  /** The Mastodon server's address. */
  baseUrl?: string;
}
