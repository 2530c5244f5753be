import type { FakeRequest, FakeResponse, FakeRoute } from '../fake-server';
import { fieldsToObject } from '../../spec/openapi-params';
import { mastodonError, renderStatus } from './mastodon-render';
import type { MastodonState, MastodonStatus } from './mastodon-state';

const idempotencyTtlMs = 3_600_000;

interface StatusParams {
  status?: string;
  media_ids?: string[];
  in_reply_to_id?: string;
  visibility?: string;
  language?: string;
}

/** Mastodon takes JSON or form parameters for the same fields. */
function params(request: FakeRequest): StatusParams {
  if (request.body.kind === 'json') return request.body.value as StatusParams;
  if (request.body.kind === 'form' || request.body.kind === 'multipart') return fieldsToObject(request.body.fields) as StatusParams;
  return {};
}

/** Mastodon counts every URL as `characters_reserved_per_url`, whatever its length. */
function countCharacters(state: MastodonState, text: string): number {
  const urls = text.match(/https?:\/\/\S+/g) ?? [];
  const withoutUrls = text.replace(/https?:\/\/\S+/g, '');
  return [...withoutUrls].length + urls.length * state.limits.charactersReservedPerUrl;
}

function createStatus(state: MastodonState, request: FakeRequest): FakeResponse {
  const accountId = request.principal?.userId ?? '';
  const key = request.headers['idempotency-key'];
  const remembered = key ? state.idempotency.get(`${accountId} ${key}`) : undefined;
  if (remembered && request.receivedAt.getTime() - remembered.at.getTime() < idempotencyTtlMs) {
    const existing = state.statuses.get(remembered.statusId);
    if (existing) return { status: 200, body: renderStatus(state, existing) };
  }
  const input = params(request);
  const text = input.status ?? '';
  const mediaIds = input.media_ids ?? [];
  if (!text.trim() && mediaIds.length === 0) return mastodonError(422, "Validation failed: Text can't be blank");
  if (countCharacters(state, text) > state.limits.maxCharacters) return mastodonError(422, `Validation failed: Text character limit of ${state.limits.maxCharacters} exceeded`);
  if (mediaIds.length > state.limits.maxMediaAttachments) return mastodonError(422, `Cannot attach more than ${state.limits.maxMediaAttachments} files`);
  const media = mediaIds.map((id) => state.media.get(id)).filter((item) => item && item.accountId === accountId && item.statusId === null);
  if (media.some((item) => item && item.pollsUntilReady > 0)) return mastodonError(422, 'Cannot attach files that have not finished processing. Try again in a moment!');
  const parent = input.in_reply_to_id ? state.statuses.get(input.in_reply_to_id) : undefined;
  if (input.in_reply_to_id && !parent) return mastodonError(404, 'Record not found');
  const status: MastodonStatus = {
    id: state.nextId(),
    accountId,
    text,
    createdAt: request.receivedAt,
    inReplyToId: parent?.id ?? null,
    inReplyToAccountId: parent?.accountId ?? null,
    visibility: input.visibility ?? 'public',
    language: input.language ?? 'en',
    mediaIds: media.flatMap((item) => (item ? [item.id] : [])),
    counts: { replies: 0, reblogs: 0, favourites: 0, quotes: 0 },
  };
  state.statuses.set(status.id, status);
  for (const item of media) if (item) item.statusId = status.id;
  if (parent) parent.counts.replies += 1;
  if (key) state.idempotency.set(`${accountId} ${key}`, { statusId: status.id, at: request.receivedAt });
  return { status: 200, body: renderStatus(state, status) };
}

/** Every reply below a status, depth first, as GET …/context lists descendants. */
function descendants(state: MastodonState, id: string): MastodonStatus[] {
  const children = [...state.statuses.values()].filter((status) => status.inReplyToId === id).sort((a, b) => (BigInt(a.id) > BigInt(b.id) ? 1 : -1));
  return children.flatMap((child) => [child, ...descendants(state, child.id)]);
}

function ancestors(state: MastodonState, status: MastodonStatus): MastodonStatus[] {
  const parent = status.inReplyToId ? state.statuses.get(status.inReplyToId) : undefined;
  return parent ? [...ancestors(state, parent), parent] : [];
}

function accountStatuses(state: MastodonState, request: FakeRequest): FakeResponse {
  const accountId = request.params.id ?? '';
  if (!state.accounts.has(accountId)) return mastodonError(404, 'Record not found');
  const limit = Math.min(Number(request.query.get('limit') ?? 20), 40);
  const maxId = request.query.get('max_id');
  const sinceId = request.query.get('since_id') ?? request.query.get('min_id');
  const excludeReplies = request.query.get('exclude_replies') === 'true';
  const statuses = state
    .statusesBy(accountId)
    .filter((status) => (!maxId || BigInt(status.id) < BigInt(maxId)) && (!sinceId || BigInt(status.id) > BigInt(sinceId)))
    .filter((status) => !(excludeReplies && status.inReplyToAccountId !== null && status.inReplyToAccountId !== accountId))
    .slice(0, limit);
  const headers: Record<string, string> = {};
  const oldest = statuses.at(-1);
  if (oldest && statuses.length === limit) {
    headers.Link = `<https://${state.domain}/api/v1/accounts/${accountId}/statuses?limit=${limit}&max_id=${oldest.id}>; rel="next"`;
  }
  return { status: 200, headers, body: statuses.map((status) => renderStatus(state, status)) };
}

/** Mastodon's `DEFAULT_STATUSES_LIMIT`: more ids than this in one GET /api/v1/statuses is a 422. */
export const MULTIPLE_STATUSES_LIMIT = 20;

/**
 * GET /api/v1/statuses?id[]=…&id[]=… (Mastodon 4.3+): the statuses that exist, in the order asked;
 * unknown ids are left out, as the server does. A plain repeated `id` would reach Rails as its
 * last value only; the spec check reports that before this runs.
 */
function multipleStatuses(state: MastodonState, request: FakeRequest): FakeResponse {
  if (!state.servesMultipleStatuses) return mastodonError(404, 'Record not found');
  const ids = [...new Set(request.query.getAll('id[]'))];
  if (ids.length > MULTIPLE_STATUSES_LIMIT) return mastodonError(422, 'Validation failed');
  const found = ids.flatMap((id) => {
    const status = state.statuses.get(id);
    return status ? [renderStatus(state, status)] : [];
  });
  return { status: 200, body: found };
}

/** Create (with Idempotency-Key), read one or many, delete, context and an account's statuses. */
export function mastodonStatusRoutes(state: MastodonState): FakeRoute[] {
  const find = (request: FakeRequest) => state.statuses.get(request.params.id ?? '');
  return [
    { method: 'POST', path: '/api/v1/statuses', auth: 'user', handle: (request) => createStatus(state, request) },
    { method: 'GET', path: '/api/v1/statuses', auth: 'user', handle: (request) => multipleStatuses(state, request) },
    {
      method: 'GET',
      path: '/api/v1/statuses/{id}',
      auth: 'user',
      handle: (request) => {
        const status = find(request);
        return status ? { status: 200, body: renderStatus(state, status) } : mastodonError(404, 'Record not found');
      },
    },
    {
      method: 'DELETE',
      path: '/api/v1/statuses/{id}',
      auth: 'user',
      handle(request) {
        const status = find(request);
        if (!status) return mastodonError(404, 'Record not found');
        if (status.accountId !== request.principal?.userId) return mastodonError(403, 'This action is not allowed');
        state.statuses.delete(status.id);
        const parent = status.inReplyToId ? state.statuses.get(status.inReplyToId) : undefined;
        if (parent) parent.counts.replies -= 1;
        return { status: 200, body: renderStatus(state, status, true) };
      },
    },
    {
      method: 'GET',
      path: '/api/v1/statuses/{id}/context',
      auth: 'user',
      handle(request) {
        const status = find(request);
        if (!status) return mastodonError(404, 'Record not found');
        const render = (list: MastodonStatus[]) => list.map((item) => renderStatus(state, item));
        return { status: 200, body: { ancestors: render(ancestors(state, status)), descendants: render(descendants(state, status.id)) } };
      },
    },
    { method: 'GET', path: '/api/v1/accounts/{id}/statuses', auth: 'user', handle: (request) => accountStatuses(state, request) },
  ];
}
