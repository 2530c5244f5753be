import { createHttpClient } from '@socialseed/connectors/_shared/http-client';
import { ProviderError } from '@socialseed/core/ports/social-provider';
import type { SocialConnector } from '@socialseed/core/ports/social-connector';
import { createXrpcClient } from './bluesky.client';
import { sessionSchema } from './bluesky.schemas';
import { credentialsFromSession, pdsEndpoint } from './bluesky.session';

/** Where accounts without a self-hosted PDS log in. */
export const DEFAULT_BLUESKY_ORIGIN = 'https://bsky.social';

/**
 * Connects a Bluesky account with an app password (com.atproto.server.createSession): the
 * identifier is the handle (a leading "@" is tolerated) or DID, the secret the app password.
 * The account's own PDS from the session's DID document becomes its baseUrl. A wrong password
 * fails as `reconnect`: only the person connecting can fix it.
 */
export function createBlueskyConnector(options: { fetch?: typeof fetch; timeoutMs?: number } = {}): SocialConnector {
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
      };
    },
  };
}
