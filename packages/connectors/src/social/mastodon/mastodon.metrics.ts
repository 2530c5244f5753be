import type { AccountContext, PostMetrics } from '@socialseed/core/ports/social-provider';
import { classifyMastodonError, parseMastodon, type MastodonApi, type MastodonCall } from './mastodon.client';
import { mastodonStatusListSchema, mastodonStatusSchema, type MastodonStatus } from './mastodon.schemas';

/** Ids one GET /api/v1/statuses takes (Mastodon's DEFAULT_STATUSES_LIMIT; more is a 422). */
const STATUSES_PER_READ = 20;
/** How long a server that answered 404 to a many-status read is read one status at a time. */
const REMEMBER_NO_BATCH_MS = 24 * 3_600_000;

function metricsOf(status: MastodonStatus): PostMetrics {
  return {
    platformPostId: status.id,
    // Mastodon counts no views, saves or clicks.
    impressions: null,
    likes: status.favourites_count,
    comments: status.replies_count,
    shares: status.reblogs_count,
    quotes: status.quotes_count ?? null,
    saves: null,
    clicks: null,
  };
}

/** One status at a time, for servers older than Mastodon 4.3; deleted ones are left out. */
async function readOneByOne(api: MastodonApi, account: AccountContext, ids: string[]): Promise<PostMetrics[]> {
  const metrics: PostMetrics[] = [];
  for (const id of ids) {
    const call: MastodonCall = { method: 'GET', path: `/api/v1/statuses/${encodeURIComponent(id)}`, idempotent: true, bucket: 'mastodon:default', what: 'read status' };
    const response = await api.send(account, call);
    if (response.status === 404) continue;
    if (response.status < 200 || response.status >= 300) throw classifyMastodonError(response, call);
    metrics.push(metricsOf(parseMastodon(mastodonStatusSchema, response, call)));
  }
  return metrics;
}

/**
 * Counts of many statuses: GET /api/v1/statuses?id[]=… (Mastodon 4.3+), 20 ids a request, so a
 * sync costs a twentieth of the account's 300-per-5-minutes budget it shares with publishing.
 * A server without that endpoint answers 404; it is then read one status at a time, and
 * `withoutBatchReads` remembers the server for a day (until when, in ms), so passes in between do
 * not ask again while an upgraded server — or one whose 404 was a passing proxy error — is
 * asked again the next day.
 */
export async function fetchMastodonMetrics(api: MastodonApi, account: AccountContext, ids: string[], withoutBatchReads: Map<string, number>): Promise<PostMetrics[]> {
  if ((withoutBatchReads.get(account.baseUrl) ?? 0) > Date.now()) return readOneByOne(api, account, ids);
  const metrics: PostMetrics[] = [];
  for (let start = 0; start < ids.length; start += STATUSES_PER_READ) {
    const batch = ids.slice(start, start + STATUSES_PER_READ);
    const call: MastodonCall = { method: 'GET', path: '/api/v1/statuses', query: { 'id[]': batch }, idempotent: true, bucket: 'mastodon:default', what: 'read statuses' };
    const response = await api.send(account, call);
    if (response.status === 404) {
      withoutBatchReads.set(account.baseUrl, Date.now() + REMEMBER_NO_BATCH_MS);
      return [...metrics, ...(await readOneByOne(api, account, ids.slice(start)))];
    }
    if (response.status < 200 || response.status >= 300) throw classifyMastodonError(response, call);
    metrics.push(...parseMastodon(mastodonStatusListSchema, response, call).map(metricsOf));
  }
  return metrics;
}
