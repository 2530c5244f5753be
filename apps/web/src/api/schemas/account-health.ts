import { z } from 'zod';
import { accountStatuses } from './social-account.ts';

/**
 * `GET /social-accounts/:id/health`: whether posts to this account can go out now, and if not,
 * what holds them (token, rate limit, an open circuit, the last error).
 */
export const accountHealthSchema = z.object({
  accountId: z.string(),
  status: z.enum(accountStatuses),
  tokenExpiresAt: z.string().nullable(),
  tokenExpiresInSeconds: z.number().nullable(),
  tokenExpired: z.boolean(),
  lastError: z.string().nullable(),
  lastErrorAt: z.string().nullable(),
  lastSyncedAt: z.string().nullable(),
  /** The publish bucket this account draws from; null before its first delivery. */
  rateLimit: z
    .object({
      bucket: z.string(),
      capacity: z.number(),
      remaining: z.number(),
      blockedUntil: z.string().nullable(),
    })
    .nullable(),
  /**
   * The platform's circuit breaker: `open` after repeated server errors, until `openUntil`. Read
   * as a plain string so a further state (half-open) shows as "not open" instead of breaking the page.
   */
  circuit: z
    .object({
      state: z.string(),
      openUntil: z.string().nullable(),
    })
    .nullable(),
  heldTargets: z.number().int(),
  failedTargets: z.number().int(),
  scheduledTargets: z.number().int(),
});
export type AccountHealth = z.infer<typeof accountHealthSchema>;

export const accountHealthEnvelopeSchema = z.object({ health: accountHealthSchema });
