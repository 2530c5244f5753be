import type { CoreDeps } from '@socialseed/core/deps';
import type { Config } from './config/config';
import type { AccessTokens } from './http/access-tokens';

/** What routes and jobs share: the domain's dependencies plus the HTTP-only pieces. */
export interface ServerContext {
  config: Config;
  core: CoreDeps;
  accessTokens: AccessTokens;
  /** Live status of the job queue for /api/health. */
  queueStatus(): Promise<{ ok: boolean; detail?: string }>;
  databaseStatus(): Promise<{ ok: boolean; latencyMs: number }>;
}
