import type { Platform } from '../publishing/platforms';
import type { SocialConnector } from './social-connector';
import type { SocialProvider } from './social-provider';

/** The providers and connectors this installation has (Sandbox always; real ones when configured). */
export interface ProviderRegistry {
  provider(platform: Platform): SocialProvider | null;
  connector(platform: Platform): SocialConnector | null;
}
