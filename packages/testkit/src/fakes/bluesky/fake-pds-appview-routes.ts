import { intParam, type XrpcHandler } from './fake-pds-context';
import { XrpcError } from './fake-pds-http';

/**
 * The app.bsky.* reads a PDS proxies to the AppView: profiles, post views with counts, threads
 * with replies, and notifications. Reads need no auth except notifications, as on Bluesky.
 */
export const appViewRoutes: Record<string, XrpcHandler> = {
  /** app.bsky.actor.defs#profileViewDetailed of a seeded account, by handle or DID. */
  'app.bsky.actor.getProfile': (request, { store, appView }) => {
    const account = store.account(request.params.get('actor') ?? '');
    if (!account) throw new XrpcError(400, 'InvalidRequest', 'Profile not found');
    return appView.profileDetailed(account.did);
  },

  /** Posts that do not exist (or were deleted) are left out of the answer, not reported. */
  'app.bsky.feed.getPosts': (request, { store, appView }) => ({
    posts: request.params.getAll('uris').flatMap((uri) => {
      const record = store.records.get(uri);
      return record ? [appView.postView(record)] : [];
    }),
  }),

  'app.bsky.feed.getPostThread': (request, { store, appView }) => {
    const uri = request.params.get('uri') ?? '';
    const record = store.records.get(uri);
    if (!record) throw new XrpcError(400, 'NotFound', `Post not found: ${uri}`);
    return { thread: appView.thread(record, intParam(request, 'depth', 6), intParam(request, 'parentHeight', 80)) };
  },

  'app.bsky.notification.listNotifications': (request, { sessions, appView }) => {
    const account = sessions.authenticate(request.authorization);
    const reasons = request.params.getAll('reasons');
    const all = appView.notifications(account.did).filter((item) => reasons.length === 0 || reasons.includes(item.reason));
    const cursor = request.params.get('cursor');
    const start = cursor ? Number(cursor) : 0;
    const limit = intParam(request, 'limit', 50);
    const page = all.slice(start, start + limit);
    return { notifications: page, ...(start + limit < all.length ? { cursor: String(start + limit) } : {}) };
  },
};
