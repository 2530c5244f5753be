import { isProviderError, ProviderError } from '@socialseed/core/ports/social-provider';
import type { ConnectedIdentity, SocialConnector } from '@socialseed/core/ports/social-connector';
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

/**
 * The instance's own domain for handles (`ann@example.social`). It can differ from the API host
 * (WEB_DOMAIN vs LOCAL_DOMAIN); instances older than 4.0 lack /api/v2/instance, so the host serves.
 */
async function instanceDomain(api: MastodonApi, baseUrl: string): Promise<string> {
  const call = { method: 'GET', path: '/api/v2/instance', idempotent: true, bucket: 'mastodon:default', what: 'read instance' } as const;
  const response = await api.send({ accountId: 'connecting', baseUrl, credentials: null }, call);
  const parsed = mastodonInstanceSchema.safeParse(response.body);
  return response.status === 200 && parsed.success ? parsed.data.domain : new URL(baseUrl).host;
}

async function identify(api: MastodonApi, baseUrl: string, accessToken: string): Promise<ConnectedIdentity> {
  const caller = { accountId: 'connecting', baseUrl, credentials: { accessToken } };
  const call = { method: 'GET', path: '/api/v1/accounts/verify_credentials', idempotent: true, bucket: 'mastodon:default', what: 'verify credentials' } as const;
  const account = await api.call(caller, call, mastodonAccountSchema).catch((error: unknown) => {
    throw asRejected(error);
  });
  const domain = await instanceDomain(api, baseUrl);
  return {
    platformAccountId: account.id,
    handle: `${account.username}@${domain}`,
    displayName: account.display_name || account.username,
    baseUrl,
    // Mastodon tokens do not expire and come without refresh tokens.
    credentials: { accessToken, refreshToken: null, expiresAt: null },
  };
}

/**
 * Connects Mastodon accounts on any instance: with an access token the user pasted (Preferences →
 * Development), checked with verify_credentials; or with OAuth authorization code + PKCE, using a
 * client from `registerMastodonApp` for that instance.
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
  };
}
