import type { ConnectedIdentity, SocialConnector } from '@socialseed/core/ports/social-connector';
import { ProviderError } from '@socialseed/core/ports/social-provider';
import { createXApi, type XApi, type XCaller } from './x.client';
import { requestXToken, xOAuthScopes } from './x.oauth';
import { xMeSchema } from './x.schemas';

export interface XConnectorOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  now?: () => Date;
}

const productionApi = 'https://api.x.com';

/** GET /2/users/me: who the token speaks for. */
function readMe(api: XApi, caller: XCaller) {
  return api.call(caller, { method: 'GET', path: '/2/users/me', idempotent: true, bucket: 'x:users:me', what: 'read the connected user' }, xMeSchema);
}

/**
 * Where the user approves the app. X serves the consent screen on x.com, not on the API host;
 * any other base URL (a fake, a proxy) is expected to serve the same path itself.
 */
function authorizeEndpoint(baseUrl: string): string {
  const origin = baseUrl.replace(/\/+$/, '');
  return origin === productionApi ? 'https://x.com/i/oauth2/authorize' : `${origin}/i/oauth2/authorize`;
}

/**
 * Connects X accounts with OAuth 2.0 authorization code + PKCE (S256): `authorizationUrl` sends
 * the user to X, `exchangeCode` turns the returned code into tokens and reads who they belong to.
 * The caller keeps `state` and the code verifier between the two steps. `describeAccount` re-reads
 * the user with the stored token on every sync.
 */
export function createXConnector(options: XConnectorOptions = {}): SocialConnector {
  const now = options.now ?? (() => new Date());
  const api = createXApi({ ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
  return {
    platform: 'x',

    authorizationUrl({ baseUrl, client, state, codeChallenge }) {
      const url = new URL(authorizeEndpoint(baseUrl));
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('client_id', client.clientId);
      url.searchParams.set('redirect_uri', client.redirectUri);
      url.searchParams.set('scope', (client.scopes.length > 0 ? client.scopes : xOAuthScopes).join(' '));
      url.searchParams.set('state', state);
      url.searchParams.set('code_challenge', codeChallenge);
      url.searchParams.set('code_challenge_method', 'S256');
      return url.toString();
    },

    async exchangeCode({ baseUrl, client, code, codeVerifier }): Promise<ConnectedIdentity> {
      const credentials = await requestXToken({
        baseUrl,
        client: { clientId: client.clientId, clientSecret: client.clientSecret },
        grant: { grant_type: 'authorization_code', code, redirect_uri: client.redirectUri, code_verifier: codeVerifier },
        // A refused code (expired, used, wrong verifier) means: start the flow again.
        refusedKind: 'rejected',
        now,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      });
      const me = await readMe(api, { accountId: 'connecting', baseUrl, credentials });
      return { platformAccountId: me.data.id, handle: me.data.username, displayName: me.data.name, baseUrl, credentials, instanceLimits: null };
    },

    // users/me with the stored token: 401 is `refresh` while a refresh token exists (the 2-hour
    // access token ran out), `reconnect` without one.
    async describeAccount(account) {
      const me = await readMe(api, account);
      if (me.data.id !== account.platformAccountId) throw new ProviderError('reconnect', `the token now belongs to X user ${me.data.id}, not ${account.platformAccountId}`);
      return { handle: me.data.username, displayName: me.data.name, instanceLimits: null };
    },
  };
}
