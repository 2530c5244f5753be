import { z } from 'zod';
import { platforms } from '@socialseed/core/publishing/platforms';
import { timestamp } from '../../http/schemas';

export { connectAccountSchema as connectAccountBody } from '@socialseed/core/publishing/social-accounts';

/** A Mastodon server's announced limits (GET /api/v2/instance configuration), as stored. */
export const instanceLimits = z.object({
  maxCharacters: z.number().int(),
  charactersReservedPerUrl: z.number().int(),
  maxMediaAttachments: z.number().int(),
  supportedMimeTypes: z.array(z.string()),
  imageSizeLimit: z.number().int(),
  imageMatrixLimit: z.number().int(),
  videoSizeLimit: z.number().int(),
  descriptionLimit: z.number().int(),
});

export const socialAccount = z.object({
  id: z.uuid(),
  brandId: z.uuid(),
  platform: z.enum(platforms),
  platformAccountId: z.string(),
  handle: z.string(),
  displayName: z.string(),
  baseUrl: z.string(),
  status: z.enum(['active', 'needs_reconnect']),
  tokenExpiresAt: timestamp.nullable(),
  lastError: z.string().nullable(),
  lastErrorAt: timestamp.nullable(),
  /** The server's own limits (Mastodon); null for platforms whose limits are fixed, or before a sync. */
  instanceLimits: instanceLimits.nullable(),
  /** When the profile and limits were last read from the platform (connect or sync). */
  lastSyncedAt: timestamp.nullable(),
  createdAt: timestamp,
});

/** GET /social-accounts/:id/health: what the engine knows about whether posts can go out now. */
export const accountHealth = z.object({
  accountId: z.uuid(),
  status: z.enum(['active', 'needs_reconnect']),
  tokenExpiresAt: timestamp.nullable(),
  tokenExpiresInSeconds: z.number().int().nullable().describe('0 once expired; null when the token does not expire'),
  tokenExpired: z.boolean(),
  lastError: z.string().nullable(),
  lastErrorAt: timestamp.nullable(),
  lastSyncedAt: timestamp.nullable(),
  rateLimit: z.object({
    bucket: z.string(),
    capacity: z.number(),
    remaining: z.number().int().describe('Whole posts the bucket allows now (after refill); 0 while blocked; capacity before first use'),
    blockedUntil: timestamp.nullable(),
  }),
  circuit: z.object({ state: z.enum(['closed', 'open']), openUntil: timestamp.nullable() }).describe("The platform's circuit breaker (shared by all its accounts)"),
  heldTargets: z.number().int(),
  failedTargets: z.number().int(),
  scheduledTargets: z.number().int(),
});

export const oauthPlatformParams = z.object({ platform: z.enum(['x']) });
export const oauthStartQuery = z.object({ brandId: z.uuid() });
/** What the platform appends to the callback: a code and our state, or an error. */
export const oauthCallbackQuery = z.object({
  state: z.string().min(10).max(200),
  code: z.string().min(1).max(2000).optional(),
  error: z.string().max(200).optional(),
});

export const listAccountsQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  brandId: z.uuid().optional(),
});
