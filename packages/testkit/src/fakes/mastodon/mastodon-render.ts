import type { FakeResponse } from '../fake-server';
import type { MastodonAccount, MastodonMedia, MastodonState, MastodonStatus } from './mastodon-state';

/** Mastodon's error body: {"error": "…"} (https://docs.joinmastodon.org/entities/Error/). */
export function mastodonError(status: number, error: string): FakeResponse {
  return { status, body: { error } };
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

/** A link the way Mastodon's formatter writes one: scheme hidden, long tails hidden. */
function linkify(escaped: string): string {
  return escaped.replace(/https?:\/\/[^\s<]+/g, (url) => {
    const [, scheme = '', rest = ''] = /^(https?:\/\/)(.*)$/.exec(url) ?? [];
    const visible = rest.slice(0, 30);
    return `<a href="${url}" target="_blank" rel="nofollow noopener" translate="no"><span class="invisible">${scheme}</span><span class="${rest.length > 30 ? 'ellipsis' : ''}">${visible}</span><span class="invisible">${rest.slice(30)}</span></a>`;
  });
}

/** Plain text → Mastodon's HTML `content`: paragraphs on blank lines, <br /> on single newlines. */
export function renderContent(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${linkify(escapeHtml(paragraph)).replaceAll('\n', '<br />')}</p>`)
    .join('');
}

export function renderAccount(state: MastodonState, account: MastodonAccount, withSource = false): Record<string, unknown> {
  const url = `https://${state.domain}/@${account.username}`;
  const counts = state.statusesBy(account.id).length;
  return {
    id: account.id,
    username: account.username,
    acct: account.username,
    display_name: account.displayName,
    locked: false,
    bot: false,
    discoverable: true,
    group: false,
    created_at: account.createdAt.toISOString(),
    note: '',
    url,
    uri: `https://${state.domain}/users/${account.username}`,
    avatar: `https://${state.domain}/avatars/original/missing.png`,
    avatar_static: `https://${state.domain}/avatars/original/missing.png`,
    header: `https://${state.domain}/headers/original/missing.png`,
    header_static: `https://${state.domain}/headers/original/missing.png`,
    followers_count: account.followers,
    following_count: account.following,
    statuses_count: counts,
    last_status_at: null,
    emojis: [],
    fields: [],
    ...(withSource ? { source: { privacy: 'public', sensitive: false, language: null, note: '', fields: [], follow_requests_count: 0 } } : {}),
  };
}

export function renderMedia(state: MastodonState, media: MastodonMedia): Record<string, unknown> {
  const ready = media.pollsUntilReady <= 0;
  const base = `https://${state.domain}/system/media_attachments/files/${media.id}`;
  return {
    id: media.id,
    type: media.mimeType.startsWith('image/') ? 'image' : media.mimeType.startsWith('video/') ? 'video' : 'unknown',
    url: ready ? `${base}/original/image.png` : null,
    preview_url: `${base}/small/image.png`,
    remote_url: null,
    preview_remote_url: null,
    text_url: null,
    meta: {},
    description: media.description,
    blurhash: null,
  };
}

/** A Status entity (https://docs.joinmastodon.org/entities/Status/). */
export function renderStatus(state: MastodonState, status: MastodonStatus, withSource = false): Record<string, unknown> {
  const account = state.accounts.get(status.accountId);
  const username = account?.username ?? 'unknown';
  return {
    id: status.id,
    uri: `https://${state.domain}/users/${username}/statuses/${status.id}`,
    url: `https://${state.domain}/@${username}/${status.id}`,
    created_at: status.createdAt.toISOString(),
    edited_at: null,
    account: account ? renderAccount(state, account) : null,
    content: renderContent(status.text),
    visibility: status.visibility,
    sensitive: false,
    spoiler_text: '',
    media_attachments: status.mediaIds.flatMap((id) => {
      const media = state.media.get(id);
      return media ? [renderMedia(state, media)] : [];
    }),
    application: { name: 'Socialseed', website: null },
    mentions: [],
    tags: [],
    emojis: [],
    reblogs_count: status.counts.reblogs,
    favourites_count: status.counts.favourites,
    replies_count: status.counts.replies,
    quotes_count: status.counts.quotes,
    in_reply_to_id: status.inReplyToId,
    in_reply_to_account_id: status.inReplyToAccountId,
    reblog: null,
    poll: null,
    card: null,
    language: status.language,
    text: withSource ? status.text : null,
  };
}
