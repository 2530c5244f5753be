import { ProviderError } from '@socialseed/core/ports/social-provider';

/** The collection of Bluesky posts (lexicons/app/bsky/feed/post.json). */
export const POST_COLLECTION = 'app.bsky.feed.post';

/** The parts of an at:// URI (https://atproto.com/specs/at-uri-scheme) that name one record. */
export interface RecordAddress {
  repo: string;
  collection: string;
  rkey: string;
}

/**
 * Splits a post's at:// URI, our platformPostId. A malformed one can only come from our own
 * data, and sending it would fail the same way every time, hence `rejected`.
 */
export function parseAtUri(uri: string): RecordAddress {
  const match = /^at:\/\/([^/]+)\/([^/]+)\/([^/?#]+)$/.exec(uri);
  if (!match?.[1] || !match[2] || !match[3]) throw new ProviderError('rejected', `not an at:// record URI: ${uri}`);
  return { repo: match[1], collection: match[2], rkey: match[3] };
}

/** The post's page on the official web app; by DID so that a handle change does not break it. */
export function postWebUrl(uri: string): string {
  const { repo, rkey } = parseAtUri(uri);
  return `https://bsky.app/profile/${repo}/post/${rkey}`;
}
