import type { TrendSource } from '@socialseed/core/ports/trend-source';
import type { TrendItem } from '@socialseed/core/trends/trend-item';
import { finalizeItems } from '../_shared/finalize-items';
import { sandboxTrendDrafts } from './sandbox-trends';

/** The built-in Sandbox network as a trend source: no HTTP, nothing to configure. */
export function createSandboxTrendSource(): TrendSource {
  return {
    id: 'sandbox',
    rateLimit: { capacity: 10_000, refillPerSecond: 1_000 },
    // No HTTP at all; one unit keeps it on the same throttle path as the real sources.
    requestCost: () => 1,
    fetch: async (request): Promise<TrendItem[]> => finalizeItems('sandbox', sandboxTrendDrafts(request)),
  };
}
