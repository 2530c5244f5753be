import { apiRequest } from './http-client.ts';
import { postValidationSchema } from './schemas/post.ts';
import type { Platform } from './schemas/social-account.ts';

/**
 * The platform's own verdict on a text: its length in the platform's unit and any broken rule.
 * With `accountId` the server uses that account's own limits (a Mastodon server's character count).
 */
export function validatePostText(platform: Platform, text: string, accountId?: string) {
  // An empty id means "no account chosen yet" (the Create page counts before any is picked).
  return apiRequest('/posts/validate', postValidationSchema, { method: 'POST', body: { platform, text, accountId: accountId || undefined } });
}
