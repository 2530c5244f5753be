import type { AccountContext, PlatformComment, PublishedPost, PublishRequest } from '@socialseed/core/ports/social-provider';
import type { MastodonApi } from './mastodon.client';
import { mastodonContextSchema, mastodonStatusListSchema, type MastodonStatus } from './mastodon.schemas';

/** Pages read at most when scanning; 5 × 40 statuses covers any realistic retry window. */
const maxPages = 5;
/** Our clock and the instance's may disagree; a status stamped slightly before `since` still counts. */
const clockSkewMs = 60_000;

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_match, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replaceAll('&nbsp;', ' ')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** A status's HTML `content` as the text that was typed: paragraphs and <br> become newlines. */
export function mastodonHtmlToText(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text).trim();
}

/**
 * Text reduced to what survives Mastodon's formatter: whitespace collapsed, and remote mentions
 * shortened as Mastodon displays them (`@ann@example.social` shows as `@ann`).
 */
export function normalizeMastodonText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/(^|[^\w])@([\w.]+)@[\w.-]+\.[a-z]{2,}/gi, '$1@$2')
    .replace(/\s+/g, ' ')
    .trim();
}

export function toPublishedPost(status: MastodonStatus): PublishedPost {
  return { platformPostId: status.id, url: status.url ?? status.uri, publishedAt: new Date(status.created_at) };
}

/**
 * After an unknown outcome: the account's statuses since `since` (GET /api/v1/accounts/:id/statuses,
 * newest first) are searched for the same text answering the same status; the oldest match wins.
 */
export async function findMastodonStatus(api: MastodonApi, account: AccountContext, request: PublishRequest, since: Date): Promise<PublishedPost | null> {
  const wanted = normalizeMastodonText(request.text);
  let found: MastodonStatus | null = null;
  const from = new Date(since.getTime() - clockSkewMs);
  let maxId: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const query: Record<string, string> = { limit: '40', exclude_reblogs: 'true' };
    if (maxId) query.max_id = maxId;
    const call = { method: 'GET', path: `/api/v1/accounts/${encodeURIComponent(account.platformAccountId)}/statuses`, query, idempotent: true, bucket: 'mastodon:default', what: 'read recent statuses' } as const;
    const statuses = await api.call(account, call, mastodonStatusListSchema);
    for (const status of statuses) {
      if (new Date(status.created_at) < from) continue;
      const sameText = normalizeMastodonText(mastodonHtmlToText(status.content)) === wanted;
      if (sameText && status.in_reply_to_id === request.replyToPlatformPostId) found = status;
    }
    const oldest = statuses.at(-1);
    if (!oldest || new Date(oldest.created_at) < from || statuses.length < 40) break;
    maxId = oldest.id;
  }
  return found ? toPublishedPost(found) : null;
}

/** Replies anywhere below the status (context descendants), without the account's own. */
export async function listMastodonReplies(api: MastodonApi, account: AccountContext, platformPostId: string): Promise<PlatformComment[]> {
  const call = { method: 'GET', path: `/api/v1/statuses/${encodeURIComponent(platformPostId)}/context`, idempotent: true, bucket: 'mastodon:default', what: 'read replies' } as const;
  const context = await api.call(account, call, mastodonContextSchema);
  return context.descendants
    .filter((status) => status.account.id !== account.platformAccountId)
    .map((status) => ({
      platformCommentId: status.id,
      platformPostId,
      authorHandle: status.account.acct,
      text: mastodonHtmlToText(status.content),
      createdAt: new Date(status.created_at),
    }));
}
