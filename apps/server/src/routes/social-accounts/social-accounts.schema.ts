import { z } from 'zod';
import { platforms } from '@socialseed/core/publishing/platforms';
import { timestamp } from '../../http/schemas';

export { connectAccountSchema as connectAccountBody } from '@socialseed/core/publishing/social-accounts';

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
  createdAt: timestamp,
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
