import dns from 'node:dns/promises';
import net from 'node:net';
import { ProviderError } from '@socialseed/core/ports/social-provider';
import { isPrivateAddress } from '../../_shared/ip-ranges';

/** Every address a host name resolves to. */
export type ResolveHost = (hostname: string) => Promise<string[]>;

export const resolveWithSystemDns: ResolveHost = async (hostname) => (await dns.lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * Refuses a feed URL a user typed when fetching it would reach inside our network: anything but
 * http(s), or a host that resolves — at any of its addresses — to a loopback, private,
 * link-local or unique-local range. Checked again on every redirect hop, so the refusal names
 * the feed before anything is sent. A host that changes its answer between this check and the
 * connection (DNS rebinding) is caught by the connection itself (`_shared/public-network.ts`).
 */
export async function assertPublicFeedUrl(feedUrl: string, resolve: ResolveHost, feed: string = feedUrl): Promise<void> {
  if (!URL.canParse(feedUrl)) throw new ProviderError('rejected', `RSS feed ${feed}: not a URL`);
  const url = new URL(feedUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ProviderError('rejected', `RSS feed ${feed}: only http and https feeds are fetched`);
  if (url.username || url.password) throw new ProviderError('rejected', `RSS feed ${feed}: URLs with credentials are not fetched`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (net.isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      throw new ProviderError('retry', `RSS feed ${feed}: ${host} does not resolve (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
  }
  if (addresses.length === 0) throw new ProviderError('retry', `RSS feed ${feed}: ${host} has no addresses`);
  const blocked = addresses.find(isPrivateAddress);
  if (blocked) throw new ProviderError('rejected', `RSS feed ${feed} refused: ${host} resolves to ${blocked}, a private or local address`);
}
