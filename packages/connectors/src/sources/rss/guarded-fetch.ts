import { ProviderError } from '@socialseed/core/ports/social-provider';
import { assertPublicFeedUrl, type ResolveHost } from './feed-address-guard';
import { readBoundedBody } from '../../_shared/read-bounded-body';
import { PrivateAddressError } from '../../_shared/public-network';

export interface GuardedFetchOptions {
  fetch: typeof fetch;
  /** False: every hop's host must resolve to public addresses only. */
  allowPrivateAddresses: boolean;
  resolve: ResolveHost;
  maxBytes: number;
  maxRedirects: number;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** Reads at most `maxBytes` of the body; more is a refusal, not a truncation that would parse wrongly. */
async function readCapped(response: Response, maxBytes: number, feed: string): Promise<Buffer> {
  const bytes = await readBoundedBody(response, maxBytes);
  if (bytes === null) throw new ProviderError('rejected', `RSS feed ${feed}: the answer is more than the ${maxBytes}-byte limit`);
  return bytes;
}

/**
 * The fetch the RSS source hands the shared HTTP client: redirects followed by hand so each hop
 * is checked against the address guard (a public feed must not bounce us to 169.254.169.254),
 * and the body read here with a size cap. Its refusals are ProviderErrors, which the client
 * wraps as the `cause` of its own error.
 */
export function createGuardedFetch(options: GuardedFetchOptions): typeof fetch {
  return async function guardedFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const feed = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    let url = feed;
    for (let hop = 0; ; hop += 1) {
      if (!options.allowPrivateAddresses) await assertPublicFeedUrl(url, options.resolve, feed);
      const response = await options.fetch(url, { ...init, redirect: 'manual' }).catch((error: unknown) => {
        // The connection's own address check (DNS rebinding) speaks as the guard does.
        const cause = error instanceof Error ? error.cause : undefined;
        if (cause instanceof PrivateAddressError) throw new ProviderError('rejected', `RSS feed ${feed} refused: ${cause.message}`, { cause });
        throw error;
      });
      const location = response.headers.get('location');
      if (redirectStatuses.has(response.status) && location) {
        await response.body?.cancel();
        if (hop >= options.maxRedirects) throw new ProviderError('rejected', `RSS feed ${feed}: more than ${options.maxRedirects} redirects`);
        url = new URL(location, url).href;
        continue;
      }
      const body = await readCapped(response, options.maxBytes, feed);
      const bodyless = response.status === 204 || response.status === 304;
      // A fresh ArrayBuffer-backed copy: what both Node's and the DOM's BodyInit types accept.
      return new Response(bodyless ? null : new Uint8Array(body), { status: response.status, statusText: response.statusText, headers: response.headers });
    }
  };
}
