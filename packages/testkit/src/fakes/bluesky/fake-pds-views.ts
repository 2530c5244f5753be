import { parentUriOf, type FakeRepoStore, type StoredRecord } from './fake-pds-store';

/**
 * AppView-shaped answers (app.bsky.feed.defs#postView, #threadViewPost,
 * app.bsky.notification.listNotifications#notification) built from the fake's records.
 */
export class FakeAppView {
  constructor(private readonly store: FakeRepoStore) {}

  profile(did: string) {
    const account = this.store.accounts.get(did);
    return { did, handle: account?.handle ?? 'handle.invalid', ...(account ? { displayName: account.displayName } : {}) };
  }

  /** app.bsky.actor.defs#profileViewDetailed: the basic view plus the audience counts. */
  profileDetailed(did: string) {
    const account = this.store.accounts.get(did);
    const postsCount = this.store.listRecords(did, 'app.bsky.feed.post').length;
    return { ...this.profile(did), followersCount: account?.followersCount ?? 0, followsCount: account?.followsCount ?? 0, postsCount };
  }

  postView(record: StoredRecord) {
    return {
      uri: record.uri,
      cid: record.cid,
      author: this.profile(record.did),
      record: record.value,
      replyCount: this.store.repliesTo(record.uri).length,
      ...record.counts,
      indexedAt: record.indexedAt,
      labels: [],
    };
  }

  thread(record: StoredRecord, depth: number, parentHeight: number): Record<string, unknown> {
    const parentUri = parentUriOf(record);
    return {
      $type: 'app.bsky.feed.defs#threadViewPost',
      post: this.postView(record),
      ...(parentUri && parentHeight > 0 ? { parent: this.parent(parentUri, parentHeight) } : {}),
      ...(depth > 0 ? { replies: this.store.repliesTo(record.uri).map((reply) => this.thread(reply, depth - 1, 0)) } : {}),
    };
  }

  /** Replies to and mentions of `did` by others, newest first; a reply that also mentions counts once. */
  notifications(did: string) {
    const items = [];
    for (const record of [...this.store.records.values()].reverse()) {
      if (record.did === did || record.collection !== 'app.bsky.feed.post') continue;
      const parentUri = parentUriOf(record);
      const isReply = parentUri !== null && this.store.records.get(parentUri)?.did === did;
      if (!isReply && !mentions(record, did)) continue;
      items.push({
        uri: record.uri,
        cid: record.cid,
        author: this.profile(record.did),
        reason: isReply ? 'reply' : 'mention',
        ...(isReply && parentUri ? { reasonSubject: parentUri } : {}),
        record: record.value,
        isRead: false,
        indexedAt: record.indexedAt,
      });
    }
    return items;
  }

  private parent(uri: string, height: number): Record<string, unknown> {
    const record = this.store.records.get(uri);
    if (!record) return { $type: 'app.bsky.feed.defs#notFoundPost', uri, notFound: true };
    const grandparent = parentUriOf(record);
    return {
      $type: 'app.bsky.feed.defs#threadViewPost',
      post: this.postView(record),
      ...(grandparent && height > 1 ? { parent: this.parent(grandparent, height - 1) } : {}),
    };
  }
}

function mentions(record: StoredRecord, did: string): boolean {
  const facets = Array.isArray(record.value.facets) ? (record.value.facets as Array<{ features?: unknown }>) : [];
  return facets.some((facet) => Array.isArray(facet.features) && facet.features.some((feature: { did?: unknown }) => feature.did === did));
}
