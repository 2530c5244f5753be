import type { ProviderRegistry } from '@socialseed/core/ports/provider-registry';
import type { SocialConnector } from '@socialseed/core/ports/social-connector';
import type { SocialProvider } from '@socialseed/core/ports/social-provider';
import type { Platform } from '@socialseed/core/publishing/platforms';

/** A registry over whatever providers this process was configured with. */
export function createProviderRegistry(entries: Array<{ provider: SocialProvider; connector: SocialConnector }>): ProviderRegistry {
  const providers = new Map<Platform, SocialProvider>(entries.map((entry) => [entry.provider.platform, entry.provider]));
  const connectors = new Map<Platform, SocialConnector>(entries.map((entry) => [entry.connector.platform, entry.connector]));
  return {
    provider: (platform) => providers.get(platform) ?? null,
    connector: (platform) => connectors.get(platform) ?? null,
  };
}
