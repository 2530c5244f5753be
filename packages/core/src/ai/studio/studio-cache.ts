import crypto from 'node:crypto';
import type { UnitOfWork } from '../../ports/repositories';
import type { Clock } from '../../shared/clock';

/** Cached answers live a month: the same brand asking the same thing gets it again for free. */
const CACHE_TTL_MS = 30 * 24 * 3600_000;

/**
 * Answers a repeatable studio request from the cache, or computes and stores it. The key covers
 * the brand, the request and whether providers are configured, so configuring a provider later
 * does not keep serving template answers.
 */
export async function cached<T extends Record<string, unknown>>(
  deps: { uow: UnitOfWork; clock: Clock },
  scope: { organizationId: string; brandId: string; agent: string; providersConfigured: boolean },
  request: Record<string, unknown>,
  compute: () => Promise<T>,
): Promise<T & { cached: boolean }> {
  const key = crypto.createHash('sha256').update(JSON.stringify([scope.agent, scope.organizationId, scope.brandId, scope.providersConfigured, request])).digest('hex');
  const hit = await deps.uow.aiCache.get(key, deps.clock.now());
  if (hit) return { ...(hit as T), cached: true };
  const value = await compute();
  await deps.uow.aiCache.put(scope.organizationId, key, value, new Date(deps.clock.now().getTime() + CACHE_TTL_MS));
  return { ...value, cached: false };
}
