import { isProviderError, ProviderError, type AccountContext } from '@socialseed/core/ports/social-provider';
import type { AccountDescription, ConnectedIdentity, SocialConnector } from '@socialseed/core/ports/social-connector';
import { parseMastodonInstanceLimits, type MastodonInstanceLimits } from '@socialseed/core/publishing/rules/mastodon-limits';
import { createMastodonApi, type MastodonApi } from './mastodon.client';
import { exchangeMastodonCode, mastodonOAuthScopes } from './mastodon.oauth';
import { mastodonAccountSchema, mastodonInstanceSchema } from './mastodon.schemas';

export interface MastodonConnectorOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** While connecting, a refused token is bad input to fix and resubmit, not an account to hold. */
function asRejected(error: unknown): unknown {
  if (isProviderError(error) && error.kind === 'reconnect') return new ProviderError('rejected', error.message, { status: error.status, cause: error });
  return error;
}

/** What an instance says about itself that an account needs: its handle domain and posting limits. */
interface InstanceFacts {
  domain: string;
  limits: MastodonInstanceLimits | null;
}

/**
 * GET /api/v2/instance. The instance's own domain for handles (`ann@example.social`) can differ
 * from the API host (WEB_DOMAIN vs LOCAL_DOMAIN), and every server may choose its own limits.
 * Instances older than 4.0 lack the document, and a busy one may not answer: then the handle
 * keeps `fallbackDomain` and the limits are unknown (null), which never blocks connecting.
 */
async function readInstance(api: MastodonApi, baseUrl: string, fallbackDomain: string): Promise<InstanceFacts> {
  const call = { method: 'GET', path: '/api/v2/instance', idempotent: true, bucket: 'mastodon:default', what: 'read instance' } as const;
  const response = await api.send({ accountId: 'instance', baseUrl, credentials: null }, call).catch((error: unknown) => {
    if (isProviderError(error)) return null;
    throw error;
  });
  if (response?.status !== 200) return { domain: fallbackDomain, limits: null };
  const parsed = mastodonInstanceSchema.safeParse(response.body);
  if (!parsed.success) return { domain: fallbackDomain, limits: null };
  // The limits parser is lenient field by field: forks omit or mistype some, defaults fill them.
  return { domain: parsed.data.domain, limits: parseMastodonInstanceLimits(response.body) };
}

async function verifyCredentials(api: MastodonApi, baseUrl: string, accessToken: string, accountId: string) {
  const call = { method: 'GET', path: '/api/v1/accounts/verify_credentials', idempotent: true, bucket: 'mastodon:default', what: 'verify credentials' } as const;
  return api.call({ accountId, baseUrl, credentials: { accessToken } }, call, mastodonAccountSchema);
}

async function identify(api: MastodonApi, baseUrl: string, accessToken: string): Promise<ConnectedIdentity> {
  const account = await verifyCredentials(api, baseUrl, accessToken, 'connecting').catch((error: unknown) => {
    throw asRejected(error);
  });
  const instance = await readInstance(api, baseUrl, new URL(baseUrl).host);
  return {
    platformAccountId: account.id,
    handle: `${account.username}@${instance.domain}`,
    displayName: account.display_name || account.username,
    baseUrl,
    // Mastodon tokens do not expire and come without refresh tokens.
    credentials: { accessToken, refreshToken: null, expiresAt: null },
    instanceLimits: instance.limits,
  };
}

/**
 * A connected account now: verify_credentials proves the token still works (a 401 is
 * `reconnect`: Mastodon tokens never expire, they are revoked) and must still be the same
 * account; the instance document brings the server's current limits.
 */
async function describe(api: MastodonApi, account: AccountContext): Promise<AccountDescription> {
  const profile = await verifyCredentials(api, account.baseUrl, account.credentials.accessToken, account.accountId);
  if (profile.id !== account.platformAccountId) {
    throw new ProviderError('reconnect', `the token now belongs to Mastodon account ${profile.id}, not ${account.platformAccountId}`);
  }
  const knownDomain = account.handle.includes('@') ? account.handle.slice(account.handle.lastIndexOf('@') + 1) : new URL(account.baseUrl).host;
  const instance = await readInstance(api, account.baseUrl, knownDomain);
  return { handle: `${profile.username}@${instance.domain}`, displayName: profile.display_name || profile.username, instanceLimits: instance.limits };
}

/**
 * Connects Mastodon accounts on any instance: with an access token the user pasted (Preferences →
 * Development), checked with verify_credentials; or with OAuth authorization code + PKCE, using a
 * client from `registerMastodonApp` for that instance. Both read the instance's announced limits,
 * and `describeAccount` reads them again on every sync.
 */
export function createMastodonConnector(options: MastodonConnectorOptions = {}): SocialConnector {
  const api = createMastodonApi({ ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
  return {
    platform: 'mastodon',

    connectWithSecret: ({ baseUrl, secret }) => identify(api, baseUrl, secret.trim()),

    authorizationUrl({ baseUrl, client, state, codeChallenge }) {
      const url = new URL(`${baseUrl.replace(/\/+$/, '')}/oauth/authorize`);
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('client_id', client.clientId);
      url.searchParams.set('redirect_uri', client.redirectUri);
      url.searchParams.set('scope', (client.scopes.length > 0 ? client.scopes : mastodonOAuthScopes).join(' '));
      url.searchParams.set('state', state);
      url.searchParams.set('code_challenge', codeChallenge);
      url.searchParams.set('code_challenge_method', 'S256');
      return url.toString();
    },

    async exchangeCode(input) {
      const accessToken = await exchangeMastodonCode(api, input).catch((error: unknown) => {
        throw asRejected(error);
      });
      return identify(api, input.baseUrl, accessToken);
    },

    describeAccount: (account) => describe(api, account),
  };
}
