import { z } from 'zod';
import { apiCommand, apiRequest } from './http-client.ts';
import { accountHealthEnvelopeSchema } from './schemas/account-health.ts';
import { maxPageSize, paginated } from './schemas/common.ts';
import { socialAccountEnvelopeSchema, socialAccountSchema, type ConnectAccountInput } from './schemas/social-account.ts';

/** Every connected account of the organization (or of one brand); the lists stay small. */
export async function listSocialAccounts(brandId?: string) {
  const result = await apiRequest('/social-accounts', paginated(socialAccountSchema), {
    query: { page: 1, limit: maxPageSize, brandId },
  });
  return result.items;
}

/** Connecting a known account again refreshes its credentials and releases its held posts. */
export async function connectSocialAccount(input: ConnectAccountInput) {
  const result = await apiRequest('/social-accounts/connect', socialAccountEnvelopeSchema, { method: 'POST', body: input });
  return result.account;
}

/** Step one of "Sign in with X": the consent page on X to send the browser to. */
export async function startOAuthConnection(platform: 'x', brandId: string): Promise<string> {
  const result = await apiRequest(`/social-accounts/oauth/${platform}/start`, z.object({ url: z.url() }), { query: { brandId } });
  return result.url;
}

export function disconnectSocialAccount(accountId: string) {
  return apiCommand(`/social-accounts/${encodeURIComponent(accountId)}`, { method: 'DELETE' });
}

/** Asks the network for the account's profile and limits again; answers the refreshed account. */
export async function syncSocialAccount(accountId: string) {
  const result = await apiRequest(`/social-accounts/${encodeURIComponent(accountId)}/sync`, socialAccountEnvelopeSchema, { method: 'POST' });
  return result.account;
}

/** Whether posts to the account can go out now, and what holds them if not. */
export async function getAccountHealth(accountId: string) {
  const result = await apiRequest(`/social-accounts/${encodeURIComponent(accountId)}/health`, accountHealthEnvelopeSchema);
  return result.health;
}
