import { ProviderError, type MediaUpload } from '@socialseed/core/ports/social-provider';
import { classifyMastodonError, parseMastodon, type MastodonApi, type MastodonCaller } from './mastodon.client';
import { mastodonMediaSchema } from './mastodon.schemas';

export interface MastodonMediaTiming {
  /** Per upload request. */
  uploadTimeoutMs: number;
  /** First wait between polls; doubles up to 5 s. */
  pollIntervalMs: number;
  /** Give up (retry later) when processing takes longer. */
  processingTimeoutMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Uploads one file with POST /api/v2/media (alt text as `description`) and waits until Mastodon
 * has processed it: a 202 (or url null) means processing continues, and GET /api/v1/media/:id
 * answers 206 until done. Statuses refuse unprocessed media, so the wait is required. Counted as
 * idempotent: a repeated upload only leaves an unattached file, which Mastodon cleans up.
 */
export async function uploadMastodonMedia(api: MastodonApi, caller: MastodonCaller, media: MediaUpload, timing: MastodonMediaTiming): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(media.bytes)], { type: media.mimeType }), 'upload');
  if (media.altText.trim()) form.append('description', media.altText.trim());
  const upload = { method: 'POST', path: '/api/v2/media', body: form, idempotent: true, bucket: 'mastodon:media', what: 'upload media', timeoutMs: timing.uploadTimeoutMs } as const;
  const uploaded = await api.call(caller, upload, mastodonMediaSchema);
  if (uploaded.url !== null) return uploaded.id;

  const poll = { method: 'GET', path: `/api/v1/media/${encodeURIComponent(uploaded.id)}`, idempotent: true, bucket: 'mastodon:default', what: 'check media processing' } as const;
  const deadline = Date.now() + timing.processingTimeoutMs;
  let wait = timing.pollIntervalMs;
  while (Date.now() < deadline) {
    await sleep(wait);
    wait = Math.min(wait * 2, 5_000);
    const response = await api.send(caller, poll);
    if (response.status === 206) continue;
    if (response.status !== 200) throw classifyMastodonError(response, poll);
    if (parseMastodon(mastodonMediaSchema, response, poll).url !== null) return uploaded.id;
  }
  throw new ProviderError('retry', `Mastodon still processing media ${uploaded.id} after ${timing.processingTimeoutMs} ms`);
}
