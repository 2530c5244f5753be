import http from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildConnector } from 'undici';
import { createPublicOnlyDispatcher, PrivateAddressError, publicOnlyFetch } from './public-network';
import { createRssSource } from '../sources/rss/rss.source';
import { createDhashImageHasher } from '../media/dhash-image-hasher';
import { expectProviderError, trendRequest } from '../sources/_shared/test-support';

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Inside</title><item><title>Internal only</title><link>https://intranet.example/a</link></item></channel></rss>';

/** A service on loopback, standing for anything inside our network (an admin port, metadata). */
let server: http.Server;
let port: number;
let hits = 0;
beforeAll(async () => {
  server = http.createServer((_request, response) => {
    hits += 1;
    response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

/**
 * DNS that a rebinding attacker controls: the name's first answer (what a check sees) is public,
 * every later one (what the socket sees) is loopback.
 */
function rebindingDns(): { lookup: LookupFunction; resolve: (hostname: string) => Promise<string[]> } {
  const lookup = ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
    else callback(null, '127.0.0.1', 4);
  }) as unknown as LookupFunction;
  return { lookup, resolve: async () => ['93.184.216.34'] };
}

const causeOf = async (request: Promise<unknown>) => {
  const error = await request.then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(Error);
  return (error as Error).cause;
};

describe('public-only connections', () => {
  it('connects to the service when nothing guards the socket (the control for the tests below)', async () => {
    const unguarded = new Agent({ connect: buildConnector({ lookup: rebindingDns().lookup }) });
    const response = await fetch(`http://rebound.example:${port}/feed`, { dispatcher: unguarded } as RequestInit);
    expect(await response.text()).toBe(FEED);
    await unguarded.close();
  });

  it('refuses a name that resolves to loopback when the socket connects, and an IP literal, sending nothing', async () => {
    const before = hits;
    const dispatcher = createPublicOnlyDispatcher({ lookup: rebindingDns().lookup });
    const rebound = await causeOf(publicOnlyFetch(dispatcher)(`http://rebound.example:${port}/feed`));
    expect(rebound).toBeInstanceOf(PrivateAddressError);
    expect(String(rebound)).toContain('rebound.example resolves to 127.0.0.1');
    expect(await causeOf(publicOnlyFetch(dispatcher)(`http://127.0.0.1:${port}/feed`))).toBeInstanceOf(PrivateAddressError);
    expect(await causeOf(publicOnlyFetch()(`http://localhost:${port}/feed`))).toBeInstanceOf(PrivateAddressError);
    expect(hits).toBe(before);
  });

  it('turns a feed whose host rebinds after the guard’s check into a refusal naming the feed', async () => {
    const dns = rebindingDns();
    const feed = `http://rebound.example:${port}/feed`;
    const rss = createRssSource({ resolve: dns.resolve, fetch: publicOnlyFetch(createPublicOnlyDispatcher({ lookup: dns.lookup })), timeoutMs: 2_000 });
    const before = hits;
    const error = await expectProviderError(rss.fetch(trendRequest({ feeds: [feed] })), 'rejected');
    expect(error.message).toContain(feed);
    expect(error.message).toContain('127.0.0.1, a private or local address');
    expect(hits).toBe(before);
  });

  it('keeps picture fetches off private addresses too: the hasher gets no hash, and the service no request', async () => {
    const before = hits;
    const hasher = createDhashImageHasher({ fetch: publicOnlyFetch(), timeoutMs: 2_000 });
    expect(await hasher.hashUrl(`http://127.0.0.1:${port}/photo.jpg`)).toBeNull();
    expect(hits).toBe(before);
  });
});
