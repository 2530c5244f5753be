import type { AccountProfile, PlatformComment, PostMetrics, PublishedPost, PublishRequest } from '@socialseed/core/ports/social-provider';
import type { XrpcClient } from './bluesky.client';
import { getPostsSchema, getPostThreadSchema, profileCountsSchema, listNotificationsSchema, listRecordsSchema, postRecordSchema, type PostView, type ThreadNode } from './bluesky.schemas';
import { POST_COLLECTION, postWebUrl } from './bluesky.uri';

/** getPosts takes at most 25 URIs per call (lexicons/app/bsky/feed/getPosts.json). */
const GET_POSTS_BATCH = 25;
/** How far back findPublished pages: 3 × 100 posts covers any burst of retries. */
const FIND_PAGES = 3;

/**
 * Counts from app.bsky.feed.getPosts. Bluesky reports no impressions or clicks (null, never 0);
 * bookmarks are its saves. Posts the AppView no longer has (deleted) are left out.
 */
export async function fetchPostMetrics(client: XrpcClient, uris: string[]): Promise<PostMetrics[]> {
  const metrics: PostMetrics[] = [];
  for (let start = 0; start < uris.length; start += GET_POSTS_BATCH) {
    const { posts } = await client.query('app.bsky.feed.getPosts', { uris: uris.slice(start, start + GET_POSTS_BATCH) }, getPostsSchema);
    for (const post of posts) {
      metrics.push({
        platformPostId: post.uri,
        impressions: null,
        likes: post.likeCount ?? null,
        comments: post.replyCount ?? null,
        shares: post.repostCount ?? null,
        quotes: post.quoteCount ?? null,
        saves: post.bookmarkCount ?? null,
        clicks: null,
      });
    }
  }
  return metrics;
}

/**
 * Audience counts from app.bsky.actor.getProfile (https://docs.bsky.app/docs/api/app-bsky-actor-get-profile),
 * by DID or handle: profiles are public, so competitors read the same way as the account itself.
 */
export async function fetchProfileCounts(client: XrpcClient, actor: string): Promise<AccountProfile> {
  const profile = await client.query('app.bsky.actor.getProfile', { actor }, profileCountsSchema);
  return { followers: profile.followersCount ?? null, following: profile.followsCount ?? null, postsCount: profile.postsCount ?? null };
}

function asComment(post: PostView, platformPostId: string): PlatformComment | null {
  const record = postRecordSchema.safeParse(post.record).data;
  if (!record) return null;
  const createdAt = new Date(record.createdAt);
  return { platformCommentId: post.uri, platformPostId, authorHandle: post.author.handle, text: record.text, createdAt: Number.isNaN(createdAt.getTime()) ? new Date(post.indexedAt) : createdAt };
}

function collectReplies(node: ThreadNode, into: PostView[]): PostView[] {
  for (const reply of node.replies ?? []) {
    // Replies without `post` are #notFoundPost / #blockedPost placeholders.
    if (!reply.post) continue;
    into.push(reply.post);
    collectReplies(reply, into);
  }
  return into;
}

/**
 * Every reply under a post (nested ones too) from app.bsky.feed.getPostThread, except the
 * account's own: those are thread continuations or our answers, not comments to handle.
 */
export async function listReplies(client: XrpcClient, ownDid: string, uri: string): Promise<PlatformComment[]> {
  const { thread } = await client.query('app.bsky.feed.getPostThread', { uri, depth: 10, parentHeight: 0 }, getPostThreadSchema);
  return collectReplies(thread, [])
    .filter((post) => post.author.did !== ownDid)
    .flatMap((post) => asComment(post, uri) ?? []);
}

/** Replies to and mentions of the account (app.bsky.notification.listNotifications), newest first. */
export async function listMentionNotifications(client: XrpcClient): Promise<PlatformComment[]> {
  const { notifications } = await client.query('app.bsky.notification.listNotifications', { reasons: ['mention', 'reply'], limit: 50 }, listNotificationsSchema);
  return notifications.flatMap((item) => {
    const comment = asComment({ uri: item.uri, cid: item.cid, author: item.author, record: item.record, indexedAt: item.indexedAt }, item.reasonSubject ?? item.uri);
    return comment ?? [];
  });
}

/**
 * After a create whose answer was lost: the account's post with the same text (and the same
 * parent, for replies) created since `since`, from com.atproto.repo.listRecords, newest first.
 */
export async function findRecentPost(client: XrpcClient, did: string, request: PublishRequest, since: Date): Promise<PublishedPost | null> {
  let cursor: string | undefined;
  for (let page = 0; page < FIND_PAGES; page += 1) {
    const { records, cursor: next } = await client.query('com.atproto.repo.listRecords', { repo: did, collection: POST_COLLECTION, limit: 100, cursor }, listRecordsSchema);
    let sawRecent = false;
    for (const item of records) {
      const post = postRecordSchema.safeParse(item.value).data;
      const createdAt = post ? new Date(post.createdAt) : null;
      if (!post || !createdAt || !(createdAt >= since)) continue;
      sawRecent = true;
      const sameParent = (post.reply?.parent.uri ?? null) === request.replyToPlatformPostId;
      if (post.text === request.text && sameParent) return { platformPostId: item.uri, url: postWebUrl(item.uri), publishedAt: createdAt };
    }
    // Keys sort by creation, so a page with nothing recent means everything older is older still.
    if (!sawRecent || !next || records.length === 0) return null;
    cursor = next;
  }
  return null;
}
