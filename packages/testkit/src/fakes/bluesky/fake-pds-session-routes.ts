import type { XrpcHandler } from './fake-pds-context';
import { XrpcError } from './fake-pds-http';

/**
 * com.atproto.server.createSession / refreshSession / getSession and com.atproto.identity.resolveHandle.
 * Wrong identifier or app password answers 401 AuthenticationRequired, as the PDS does.
 */
export const sessionRoutes: Record<string, XrpcHandler> = {
  'com.atproto.server.createSession': (request, { store, sessions }) => {
    const input = request.json as { identifier: string; password: string };
    const account = store.account(input.identifier);
    if (!account || account.appPassword !== input.password) {
      throw new XrpcError(401, 'AuthenticationRequired', 'Invalid identifier or password');
    }
    return sessions.open(account);
  },

  'com.atproto.server.refreshSession': (request, { sessions }) => sessions.rotate(request.authorization),

  /** Who the access JWT speaks for; an expired one fails as ExpiredToken, like every authed call. */
  'com.atproto.server.getSession': (request, { sessions }) => {
    const account = sessions.authenticate(request.authorization);
    return { handle: account.handle, did: account.did, active: true };
  },

  'com.atproto.identity.resolveHandle': (request, { store }) => {
    const account = store.account(request.params.get('handle') ?? '');
    if (!account) throw new XrpcError(400, 'HandleNotFound', 'Unable to resolve handle');
    return { did: account.did };
  },
};
