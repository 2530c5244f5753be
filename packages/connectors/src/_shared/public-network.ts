import dns from 'node:dns';
import net, { type LookupFunction } from 'node:net';
import { Agent, buildConnector, type Dispatcher } from 'undici';
import { isPrivateAddress } from './ip-ranges';

/** The error a refused connection fails with (as the `cause` of fetch's "fetch failed"). */
export class PrivateAddressError extends Error {
  readonly code = 'EPRIVATEADDRESS';
  constructor(host: string, address: string) {
    super(`${host} resolves to ${address}, a private or local address`);
    this.name = 'PrivateAddressError';
  }
}

type LookupAnswer = { address: string; family: number };

/**
 * A DNS lookup that fails when any address the name resolves to is loopback, private,
 * link-local or unique-local. It is the lookup the socket itself uses, so the address checked is
 * the address connected to: a name that answers "public" to an earlier check and "127.0.0.1"
 * when the connection is made (DNS rebinding) is still refused.
 */
export function publicOnlyLookup(resolve: LookupFunction = dns.lookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, answers) => {
      if (error) return callback(error, '', 0);
      const all = (Array.isArray(answers) ? answers : []) as LookupAnswer[];
      const blocked = all.find((answer) => isPrivateAddress(answer.address));
      if (blocked) return callback(new PrivateAddressError(hostname, blocked.address), '', 0);
      const first = all[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no addresses`), { code: 'ENOTFOUND' }), '', 0);
      // Node asks for every address when it races IPv4 and IPv6 (autoSelectFamily), else one.
      if (options.all) return (callback as unknown as (error: null, addresses: LookupAnswer[]) => void)(null, all);
      callback(null, first.address, first.family);
    });
  };
}

/**
 * An undici dispatcher whose every connection — the first request and each redirect hop — goes
 * only to public addresses: host names through `publicOnlyLookup`, and IP literals (which skip
 * DNS) checked directly. For URLs that come from users or from content on the internet (feeds,
 * the pictures in them), where a request must never reach our own network or a cloud metadata
 * service.
 */
export function createPublicOnlyDispatcher(options: { lookup?: LookupFunction } = {}): Dispatcher {
  const connect = buildConnector({ lookup: publicOnlyLookup(options.lookup) });
  return new Agent({
    connect(connectOptions, callback) {
      const host = connectOptions.hostname.replace(/^\[|\]$/g, '');
      if (net.isIP(host) && isPrivateAddress(host)) return callback(new PrivateAddressError(host, host), null);
      connect(connectOptions, callback);
    },
  });
}

/** `fetch` through a public-only dispatcher (one shared by default: it pools the connections). */
export function publicOnlyFetch(dispatcher: Dispatcher = sharedDispatcher()): typeof fetch {
  // Node's fetch takes an undici dispatcher; the DOM's RequestInit type does not list it.
  return (input, init) => fetch(input, { ...init, dispatcher } as RequestInit);
}

let shared: Dispatcher | null = null;
function sharedDispatcher(): Dispatcher {
  shared ??= createPublicOnlyDispatcher();
  return shared;
}
