import { expect } from 'vitest';
import { ProviderError, type FailureKind } from '@socialseed/core/ports/social-provider';
import type { TrendSourceRequest } from '@socialseed/core/trends/trend-item';

/** A request with nothing asked for; tests fill in what their source reads. */
export function trendRequest(overrides: Partial<TrendSourceRequest> = {}): TrendSourceRequest {
  return { subreddits: [], queries: [], feeds: [], geo: 'US', industries: [], interests: [], limitPerList: 10, now: new Date('2026-11-02T10:00:00Z'), ...overrides };
}

/** Awaits a failing fetch and returns its ProviderError, asserting the kind. */
export async function expectProviderError(promise: Promise<unknown>, kind: FailureKind): Promise<ProviderError> {
  const error: unknown = await promise.then(
    () => new Error('expected the fetch to fail'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ProviderError);
  const providerError = error as ProviderError;
  expect({ kind: providerError.kind, message: providerError.message }).toMatchObject({ kind });
  return providerError;
}

/** Asserts an instant is within `toleranceMs` of `expected` (reset headers are relative to the real clock). */
export function expectAround(actual: Date | null, expectedMs: number, toleranceMs = 5_000): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual?.getTime() ?? 0) - expectedMs)).toBeLessThanOrEqual(toleranceMs);
}
