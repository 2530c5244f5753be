import { GLOBAL_LIMIT } from './fake-pds-http';

/**
 * What the fake does instead of (or after) serving one call, so tests can drive every failure
 * kind of the provider contract through real HTTP.
 * - rate-limited: 429 with RateLimit-* headers (reset in epoch seconds) and Retry-After.
 * - server-error: a 5xx XRPC error; nothing is written.
 * - timeout-after-commit: the write happens, then the socket is destroyed without an answer —
 *   the client cannot know the post landed.
 * - timeout-before-commit: the socket is destroyed before anything is written.
 */
export type FakeFault =
  | { kind: 'rate-limited'; resetInSeconds?: number; retryAfterSeconds?: number }
  | { kind: 'server-error'; status?: 500 | 502 | 503 | 504 }
  | { kind: 'timeout-after-commit' }
  | { kind: 'timeout-before-commit' };

/** Faults waiting per NSID, used up one per matching call in the order they were queued. */
export class FaultQueue {
  private readonly queues = new Map<string, FakeFault[]>();

  add(nsid: string, faults: FakeFault[]): void {
    this.queues.set(nsid, [...(this.queues.get(nsid) ?? []), ...faults]);
  }

  take(nsid: string): FakeFault | undefined {
    return this.queues.get(nsid)?.shift();
  }
}

/** XRPC error names the atproto services use for each 5xx status. */
const serverErrorNames: Record<number, string> = {
  500: 'InternalServerError',
  502: 'UpstreamFailure',
  503: 'NotEnoughResources',
  504: 'UpstreamTimeout',
};

/** The answer a rate-limited or server-error fault gives. */
export function faultAnswer(fault: Extract<FakeFault, { kind: 'rate-limited' | 'server-error' }>, nowSeconds: number): { status: number; headers: Record<string, string>; body: unknown } {
  if (fault.kind === 'server-error') {
    const status = fault.status ?? 503;
    return { status, headers: {}, body: { error: serverErrorNames[status] ?? 'InternalServerError', message: 'Injected server error' } };
  }
  const resetIn = fault.resetInSeconds ?? 60;
  return {
    status: 429,
    headers: {
      'ratelimit-limit': String(GLOBAL_LIMIT.limit),
      'ratelimit-remaining': '0',
      'ratelimit-reset': String(nowSeconds + resetIn),
      'ratelimit-policy': `${GLOBAL_LIMIT.limit};w=${GLOBAL_LIMIT.windowSeconds}`,
      'retry-after': String(fault.retryAfterSeconds ?? resetIn),
    },
    body: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
  };
}
