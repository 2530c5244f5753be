import type { ProviderRegistry } from '@socialseed/core/ports/provider-registry';
import { createSandboxProvider } from '@socialseed/connectors/social/sandbox/sandbox.provider';
import type { ServerContext } from '../../server-context';

/**
 * The Sandbox network as it would have answered at an earlier instant: its simulated audience is
 * a pure function of the post and the time asked, so the history's measurements can be replayed
 * day by day. Only the Sandbox — real networks cannot be asked about the past.
 */
export function sandboxAt(context: ServerContext): (instant: Date) => ProviderRegistry {
  return (instant) => {
    const sandbox = createSandboxProvider({ posts: context.core.uow.sandboxPosts, clock: { now: () => instant } });
    return { provider: (platform) => (platform === 'sandbox' ? sandbox : null), connector: () => null };
  };
}
