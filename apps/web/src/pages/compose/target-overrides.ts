import type { Post, PostOverride } from '../../api/schemas/post.ts';

/** How one account's post differs from the main one, as the composer holds it. */
export interface OverrideDraft {
  /** Null: the main text. */
  text: string | null;
  /** Null: the main post's images; otherwise a subset of them. */
  mediaIds: string[] | null;
  asThread: boolean;
}

/** Account id → its differences; an account without an entry is exactly the main post. */
export type OverrideDrafts = Record<string, OverrideDraft>;

export const sameAsMainPost: OverrideDraft = { text: null, mediaIds: null, asThread: false };

export function isCustomised(draft: OverrideDraft | undefined): boolean {
  return Boolean(draft && (draft.text !== null || draft.mediaIds !== null || draft.asThread));
}

/** The overrides a saved post already has, keyed by account. */
export function overridesOf(post: Post | undefined): OverrideDrafts {
  const drafts: OverrideDrafts = {};
  for (const target of post?.targets ?? []) {
    drafts[target.socialAccountId] = { text: target.text, mediaIds: target.mediaIds, asThread: target.asThread };
  }
  return drafts;
}

/**
 * The `overrides` to save, one per chosen account in the order of `accountIds` (so the server's
 * `overrides.2.text` names the third account). Every entry is complete, so the result is the same
 * whether the server replaces or merges overrides. Images removed from the main post are dropped
 * from the subsets too. Left out entirely when no account differs and none did before, so a
 * plain post is saved exactly as before overrides existed.
 */
export function overridesToSend(accountIds: readonly string[], drafts: OverrideDrafts, mainMediaIds: readonly string[], saved: Post | undefined): PostOverride[] | undefined {
  const overrides = accountIds.map((accountId) => {
    const draft = drafts[accountId] ?? sameAsMainPost;
    return {
      accountId,
      text: draft.text,
      mediaIds: draft.mediaIds === null ? null : draft.mediaIds.filter((mediaId) => mainMediaIds.includes(mediaId)),
      asThread: draft.asThread,
    };
  });
  const savedOverrides = Object.values(overridesOf(saved));
  return overrides.some(isCustomised) || savedOverrides.some(isCustomised) ? overrides : undefined;
}
