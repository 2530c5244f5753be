import { z } from 'zod';

// Each schema names the lexicon it follows, under
// https://github.com/bluesky-social/atproto/tree/main/lexicons (docs: https://docs.bsky.app/docs/api/).
// Only the fields we use are required; everything else may come and go.

/** XRPC error body of every atproto service: https://atproto.com/specs/xrpc#error-responses */
export const xrpcErrorSchema = z.object({ error: z.string(), message: z.string().optional() });

/** com/atproto/server/createSession.json and refreshSession.json output. */
export const sessionSchema = z.object({
  accessJwt: z.string(),
  refreshJwt: z.string(),
  handle: z.string(),
  did: z.string(),
  /** The account's DID document; its #atproto_pds service is where the repo really lives. */
  didDoc: z.unknown().optional(),
  active: z.boolean().optional(),
});
export type BlueskySession = z.infer<typeof sessionSchema>;

/** com/atproto/server/getSession.json output: who the access JWT speaks for, and whether the account may act. */
export const getSessionSchema = z.object({
  handle: z.string(),
  did: z.string(),
  active: z.boolean().optional(),
  /** Why an inactive account is inactive: takendown, suspended, deactivated (open set). */
  status: z.string().optional(),
});

/** app/bsky/actor/defs.json#profileViewDetailed (app.bsky.actor.getProfile output), as far as we read it. */
export const profileSchema = z.object({ did: z.string(), handle: z.string(), displayName: z.string().optional() });

/** The counts of app/bsky/actor/defs.json#profileViewDetailed; each optional in the lexicon, so absent means unknown. */
export const profileCountsSchema = profileSchema.extend({
  followersCount: z.number().int().optional(),
  followsCount: z.number().int().optional(),
  postsCount: z.number().int().optional(),
});

/** https://www.w3.org/TR/did-core/#services, as atproto uses it (https://atproto.com/specs/did). */
export const didDocSchema = z.object({
  service: z.array(z.object({ id: z.string(), type: z.string().optional(), serviceEndpoint: z.unknown() })).optional(),
});

/** JWT claims we read without verifying: only `exp` (https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4). */
export const jwtClaimsSchema = z.object({ exp: z.number().optional() });

/** The `blob` type of https://atproto.com/specs/data-model#blob-type, as uploadBlob returns it. */
export const blobRefSchema = z.object({
  $type: z.literal('blob'),
  ref: z.object({ $link: z.string() }),
  mimeType: z.string(),
  size: z.number(),
});
export type BlobRef = z.infer<typeof blobRefSchema>;

/** com/atproto/repo/uploadBlob.json output. */
export const uploadBlobSchema = z.object({ blob: blobRefSchema });

/** com/atproto/repo/strongRef.json */
export const strongRefSchema = z.object({ uri: z.string(), cid: z.string() });
export type StrongRef = z.infer<typeof strongRefSchema>;

/**
 * com/atproto/repo/getRecord.json output. The lexicon leaves `cid` optional; a PDS always sends
 * it for a stored record, and a reply cannot be made without it.
 */
export const getRecordSchema = z.object({ uri: z.string(), cid: z.string(), value: z.unknown() });

/** com/atproto/repo/createRecord.json output. */
export const createRecordSchema = strongRefSchema;

/** com/atproto/repo/deleteRecord.json output (only an optional commit). */
export const deleteRecordSchema = z.object({}).nullable();

/** com/atproto/identity/resolveHandle.json output. */
export const resolveHandleSchema = z.object({ did: z.string() });

/** app/bsky/feed/post.json record, as far as we read it back. */
export const postRecordSchema = z.object({
  text: z.string(),
  createdAt: z.string(),
  reply: z.object({ root: strongRefSchema, parent: strongRefSchema }).optional(),
});
export type PostRecord = z.infer<typeof postRecordSchema>;

/** com/atproto/repo/listRecords.json output; values are checked one by one against postRecordSchema. */
export const listRecordsSchema = z.object({
  cursor: z.string().optional(),
  records: z.array(z.object({ uri: z.string(), cid: z.string(), value: z.unknown() })),
});

/** app/bsky/feed/defs.json#postView. Counts are optional in the lexicon: absent means unknown. */
export const postViewSchema = z.object({
  uri: z.string(),
  cid: z.string(),
  author: z.object({ did: z.string(), handle: z.string() }),
  record: z.unknown(),
  replyCount: z.number().int().optional(),
  repostCount: z.number().int().optional(),
  likeCount: z.number().int().optional(),
  quoteCount: z.number().int().optional(),
  bookmarkCount: z.number().int().optional(),
  indexedAt: z.string(),
});
export type PostView = z.infer<typeof postViewSchema>;

/** app/bsky/feed/getPosts.json output. */
export const getPostsSchema = z.object({ posts: z.array(postViewSchema) });

/**
 * app/bsky/feed/defs.json#threadViewPost, #notFoundPost and #blockedPost in one shape: only
 * thread posts carry `post`, so the others are recognised by its absence.
 */
export interface ThreadNode {
  post?: PostView | undefined;
  replies?: ThreadNode[] | undefined;
}
export const threadNodeSchema: z.ZodType<ThreadNode> = z.object({
  post: postViewSchema.optional(),
  get replies() {
    return z.array(threadNodeSchema).optional();
  },
});

/** app/bsky/feed/getPostThread.json output. */
export const getPostThreadSchema = z.object({ thread: threadNodeSchema });

/** app/bsky/notification/listNotifications.json output. */
export const listNotificationsSchema = z.object({
  cursor: z.string().optional(),
  notifications: z.array(
    z.object({
      uri: z.string(),
      cid: z.string(),
      author: z.object({ did: z.string(), handle: z.string() }),
      reason: z.string(),
      reasonSubject: z.string().optional(),
      record: z.unknown(),
      indexedAt: z.string(),
    }),
  ),
});
