import { isProviderError, ProviderError, type PublishRequest } from '@socialseed/core/ports/social-provider';
import type { XrpcClient } from './bluesky.client';
import { buildFacets, type Facet, type HandleResolver } from './bluesky.facets';
import { uploadImages, type ImagesEmbed } from './bluesky.media';
import { getPostsSchema, getRecordSchema, postRecordSchema, resolveHandleSchema, type StrongRef } from './bluesky.schemas';
import { parseAtUri, POST_COLLECTION } from './bluesky.uri';

/** lexicons/app/bsky/feed/post.json: text is at most 300 graphemes and 3000 UTF-8 bytes. */
export const MAX_POST_GRAPHEMES = 300;
export const MAX_POST_BYTES = 3000;

/** An app.bsky.feed.post record as we create it. */
export interface PostRecordValue {
  $type: typeof POST_COLLECTION;
  text: string;
  createdAt: string;
  facets?: Facet[];
  embed?: ImagesEmbed;
  reply?: { root: StrongRef; parent: StrongRef };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Rejects text the PDS would refuse anyway, before anything is uploaded. */
export function assertPublishableText(text: string, hasMedia: boolean): void {
  const count = [...graphemes.segment(text)].length;
  if (count > MAX_POST_GRAPHEMES) throw new ProviderError('rejected', `Bluesky posts take ${MAX_POST_GRAPHEMES} graphemes; this one has ${count}`);
  if (Buffer.byteLength(text) > MAX_POST_BYTES) throw new ProviderError('rejected', `Bluesky posts take ${MAX_POST_BYTES} bytes of text`);
  if (text.trim() === '' && !hasMedia) throw new ProviderError('rejected', 'a Bluesky post needs text or an image');
}

// The handle syntax of https://atproto.com/specs/handle: resolving anything else is a wasted 400.
const HANDLE_SYNTAX = /^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;

/**
 * Handles → DIDs with com.atproto.identity.resolveHandle. A handle nobody has (any 4xx) is
 * null, so the mention is left out; rate limits and outages still fail the publish to be retried.
 */
export function handleResolver(client: XrpcClient): HandleResolver {
  return async (handle) => {
    if (handle.length > 253 || !HANDLE_SYNTAX.test(handle)) return null;
    try {
      return (await client.query('com.atproto.identity.resolveHandle', { handle: handle.toLowerCase() }, resolveHandleSchema)).did;
    } catch (error) {
      if (isProviderError(error) && error.kind === 'rejected') return null;
      throw error;
    }
  };
}

/** The parent post as stored: its URI, CID and record value. */
async function parentPost(client: XrpcClient, parentUri: string, ownDid: string): Promise<{ uri: string; cid: string; value: unknown }> {
  const address = parseAtUri(parentUri);
  if (address.repo === ownDid) {
    // Our own post (the previous part of a thread) is read from our PDS, which has it the moment
    // createRecord answered; the AppView indexes it only a little later.
    return client.query('com.atproto.repo.getRecord', { ...address }, getRecordSchema);
  }
  const { posts } = await client.query('app.bsky.feed.getPosts', { uris: [parentUri] }, getPostsSchema);
  const view = posts.find((post) => post.uri === parentUri);
  if (!view) throw new ProviderError('rejected', `cannot reply: post ${parentUri} not found (deleted?)`);
  return { uri: view.uri, cid: view.cid, value: view.record };
}

/**
 * Reply refs for an answer to `parentUri`: the parent's strong ref and the thread root — the
 * parent's own root when the parent is itself a reply. Someone else's post is read through the
 * AppView (getPosts); a deleted parent is `rejected` either way (RecordNotFound is a 400).
 */
export async function replyRefs(client: XrpcClient, parentUri: string, ownDid: string): Promise<{ root: StrongRef; parent: StrongRef }> {
  const found = await parentPost(client, parentUri, ownDid);
  const parent = { uri: found.uri, cid: found.cid };
  const parentRecord = postRecordSchema.safeParse(found.value).data;
  return { root: parentRecord?.reply?.root ?? parent, parent };
}

/** Everything a publish sends in createRecord: text, createdAt, facets, images and reply refs. */
export async function buildPostRecord(client: XrpcClient, request: PublishRequest, createdAt: Date, ownDid: string): Promise<PostRecordValue> {
  assertPublishableText(request.text, request.media.length > 0);
  const facets = await buildFacets(request.text, handleResolver(client));
  const reply = request.replyToPlatformPostId ? await replyRefs(client, request.replyToPlatformPostId, ownDid) : undefined;
  const embed = await uploadImages(client, request.media);
  return {
    $type: POST_COLLECTION,
    text: request.text,
    createdAt: createdAt.toISOString(),
    ...(facets.length > 0 ? { facets } : {}),
    ...(embed ? { embed } : {}),
    ...(reply ? { reply } : {}),
  };
}
