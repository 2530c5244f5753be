import { createHttpClient } from '@socialseed/connectors/_shared/http-client';
import { ProviderError, type AccountContext } from '@socialseed/core/ports/social-provider';
import type { AccountDescription, SocialConnector } from '@socialseed/core/ports/social-connector';
import { createXrpcClient } from './bluesky.client';
import { getSessionSchema, profileSchema, sessionSchema } from './bluesky.schemas';
import { credentialsFromSession, pdsEndpoint } from './bluesky.session';

/** Where accounts without a self-hosted PDS log in. */
export const DEFAULT_BLUESKY_ORIGIN = 'https://bsky.social';

type ConnectorOptions = { fetch?: typeof fetch; timeoutMs?: number };

/**
 * The account now, at its PDS: getSession proves the access JWT still works (an expired one is
 * `refresh`) and says whether the account may act (a takedown or deactivation needs its owner);
 * getProfile brings the display name the person chose.
 */
async function describe(options: ConnectorOptions, account: AccountContext): Promise<AccountDescription> {
  const send = createHttpClient(options.fetch ? { fetch: options.fetch } : {});
  const client = createXrpcClient({ baseUrl: account.baseUrl, send, accessJwt: account.credentials.accessToken, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
  const session = await client.query('com.atproto.server.getSession', {}, getSessionSchema);
  if (session.did !== account.platformAccountId) throw new ProviderError('reconnect', `the session belongs to ${session.did}, not ${account.platformAccountId}`);
  if (session.active === false) throw new ProviderError('reconnect', `the Bluesky account is ${session.status ?? 'not active'}`);
  const profile = await client.query('app.bsky.actor.getProfile', { actor: session.did }, profileSchema);
  return { handle: session.handle, displayName: profile.displayName?.trim() || session.handle, instanceLimits: null };
}

/**
 * Connects a Bluesky account with an app password (com.atproto.server.createSession): the
 * identifier is the handle (a leading "@" is tolerated) or DID, the secret the app password.
 * The account's own PDS from the session's DID document becomes its baseUrl. A wrong password
 * fails as `reconnect`: only the person connecting can fix it.
 */
export function createBlueskyConnector(options: ConnectorOptions = {}): SocialConnector {
  return {
    platform: 'bluesky',
    async connectWithSecret({ baseUrl, identifier, secret }) {
      const origin = (baseUrl.trim() || DEFAULT_BLUESKY_ORIGIN).replace(/\/+$/, '');
      const handle = identifier.trim().replace(/^@/, '');
      if (!handle || !secret) throw new ProviderError('rejected', 'a Bluesky handle and app password are both needed');
      const send = createHttpClient(options.fetch ? { fetch: options.fetch } : {});
      const client = createXrpcClient({ baseUrl: origin, send, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
      // Opening a session twice is harmless, so a lost answer can simply be retried.
      const session = await client.procedure('com.atproto.server.createSession', { identifier: handle, password: secret }, sessionSchema, { idempotent: true, token: null, call: 'session' });
      return {
        platformAccountId: session.did,
        handle: session.handle,
        displayName: session.handle,
        baseUrl: pdsEndpoint(session.didDoc, origin),
        credentials: credentialsFromSession(session),
        // Bluesky's limits are the same for every account (app.bsky.feed.post).
        instanceLimits: null,
      };
    },

    describeAccount: (account) => describe(options, account),
  };
}
