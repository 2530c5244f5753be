import type { Logger } from 'pino';
import { systemClock } from '@socialseed/core/shared/clock';
import type { CoreDeps } from '@socialseed/core/deps';
import { createUnitOfWork, getOrCreateInstanceSecret, pingDatabase, type DatabaseConnection } from '@socialseed/db';
import type { Config } from '../config/config';
import { createAccessTokens } from '../http/access-tokens';
import { argon2idHasher } from '../http/passwords';
import type { JobQueue } from '../jobs/job-queue';
import type { ServerContext } from '../server-context';
import { createSandboxProvider } from '@socialseed/connectors/social/sandbox/sandbox.provider';
import { sandboxConnector } from '@socialseed/connectors/social/sandbox/sandbox.connector';
import { createBlueskyConnector } from '@socialseed/connectors/social/bluesky/bluesky.connector';
import { createBlueskyProvider } from '@socialseed/connectors/social/bluesky/bluesky.provider';
import { createMastodonConnector } from '@socialseed/connectors/social/mastodon/mastodon.connector';
import { createMastodonProvider } from '@socialseed/connectors/social/mastodon/mastodon.provider';
import { createXConnector } from '@socialseed/connectors/social/x/x.connector';
import { createXProvider } from '@socialseed/connectors/social/x/x.provider';
import { createSharpImageProcessor } from '@socialseed/connectors/media/sharp-image-processor';
import { createTemplateGraphicsRenderer } from '@socialseed/connectors/graphics/template-renderer';
import { createStabilityImageGenerator } from '@socialseed/connectors/graphics/stability-image-generator';
import { createCredentialVault } from '../publishing/credential-vault';
import { createProviderRegistry } from '../publishing/provider-registry';
import type { RateLimitListener } from '@socialseed/core/ports/social-provider';
import { accountBucketKey } from '@socialseed/core/publishing/publish-limits';
import { OVERDUE_GRACE_MS } from '@socialseed/core/publishing/sweep-deliveries';
import { realSleep } from '@socialseed/core/ai/text-generation';
import { createProviderStudioModel } from '@socialseed/core/ai/provider-studio-model';
import { createTextProviders } from '@socialseed/connectors/ai/create-text-providers';
import { aiProvidersFromConfig } from '../config/ai-providers';
import { mediaS3Settings } from '../config/media-storage.config';
import { createS3BlobStore } from '@socialseed/connectors/storage/s3-blob-store';
import { trendServicesFromConfig } from './trend-services';

/** Wires the domain's dependencies to their real implementations. */
export async function createServerContext(config: Config, connection: DatabaseConnection, queue: JobQueue, log: Logger): Promise<ServerContext> {
  const jwtSecret = config.JWT_SECRET ?? (await getOrCreateInstanceSecret(connection.db, 'jwt_signing_key'));
  const accessTokens = createAccessTokens(jwtSecret, config.ACCESS_TOKEN_TTL_SECONDS);
  // New uploads' bytes go to the bucket when one is configured; PostgreSQL stays the default.
  const s3 = mediaS3Settings(config);
  const uow = createUnitOfWork(connection, queue.writeJobs, s3 ? createS3BlobStore(s3) : null);
  const clock = systemClock;
  // Rate-limit headers correct the shared buckets; a failed write here must never fail a publish.
  const onRateLimit: RateLimitListener = (accountId, observation) => {
    uow.throttle.observe(accountBucketKey(accountId, observation.bucket), observation, clock.now()).catch((error: unknown) => log.warn({ err: error }, 'rate-limit observation not stored'));
  };
  const core: CoreDeps = {
    uow,
    clock,
    vault: await createCredentialVault(config, connection.db),
    images: createSharpImageProcessor(),
    graphics: createTemplateGraphicsRenderer(),
    // Generated backgrounds only with a key; without one every graphic comes from the templates.
    imageGenerator: config.STABILITY_API_KEY ? createStabilityImageGenerator({ apiKey: config.STABILITY_API_KEY, baseUrl: config.STABILITY_BASE_URL }) : null,
    textGeneration: textGenerationFromConfig(config),
    // Read through `core` at call time, so a test that swaps the clock or the sleep is obeyed.
    studio: createProviderStudioModel({
      uow,
      get clock() {
        return core.clock;
      },
      get textGeneration() {
        return core.textGeneration;
      },
    }),
    providers: createProviderRegistry([
      // The Sandbox's time is the app's (read at call time), so engagement follows a test's clock too.
      { provider: createSandboxProvider({ posts: uow.sandboxPosts, clock: { now: () => core.clock.now() }, answerDelayMs: config.SANDBOX_ANSWER_DELAY_MS }), connector: sandboxConnector },
      // Bluesky and Mastodon need no app registration here: each account brings its own app
      // password or access token (Mastodon OAuth per instance comes with the OAuth routes).
      { provider: createBlueskyProvider({ onRateLimit }), connector: createBlueskyConnector() },
      { provider: createMastodonProvider({ onRateLimit }), connector: createMastodonConnector() },
      // X needs the installation's own OAuth app: on only when its client id is configured.
      ...(config.X_CLIENT_ID
        ? [{ provider: createXProvider({ client: { clientId: config.X_CLIENT_ID, clientSecret: config.X_CLIENT_SECRET ?? null }, onRateLimit }), connector: createXConnector() }]
        : []),
    ]),
    trends: trendServicesFromConfig(config),
    passwords: argon2idHasher,
    accessTokens: accessTokens.issuer,
    emails: {
      async dispatch(outboxEmailId) {
        // The outbox row is already committed; if this enqueue fails, the sweep job retries it.
        await queue.enqueue('email.send', { outboxEmailId }).catch((error: unknown) => {
          log.warn({ err: error, outboxEmailId }, 'email job not enqueued; the sweep will retry');
        });
      },
    },
    settings: {
      publicUrl: config.PUBLIC_URL,
      refreshTokenTtlDays: config.REFRESH_TOKEN_TTL_DAYS,
      invitationTtlDays: config.INVITATION_TTL_DAYS,
      login: {
        maxAttemptsPerIp: config.LOGIN_MAX_ATTEMPTS_PER_IP,
        maxAttemptsPerAccount: config.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT,
        windowSeconds: config.LOGIN_WINDOW_SECONDS,
      },
      oauthClients: config.X_CLIENT_ID ? { x: { clientId: config.X_CLIENT_ID, clientSecret: config.X_CLIENT_SECRET ?? null, baseUrl: config.X_API_BASE_URL } } : {},
      delivery: { claimLeaseMs: config.PUBLISH_CLAIM_LEASE_SECONDS * 1000, overdueGraceMs: OVERDUE_GRACE_MS, stallAlertMs: config.DELIVERY_STALL_ALERT_SECONDS * 1000 },
      emailRequests: {
        perIpPerHour: config.EMAIL_REQUESTS_PER_IP_PER_HOUR,
        perAddressPerHour: config.EMAIL_REQUESTS_PER_ADDRESS_PER_HOUR,
      },
      learning: { epsilon: config.LEARNING_EPSILON, alpha: config.LEARNING_ALPHA, windowDays: config.LEARNING_WINDOW_DAYS },
    },
  };
  return {
    config,
    core,
    accessTokens,
    queueStatus: () => queue.status(),
    databaseStatus: () => pingDatabase(connection.db),
  };
}

/** The AI provider chain's providers, prices and timeout from the AI_* and provider variables. */
function textGenerationFromConfig(config: Config): CoreDeps['textGeneration'] {
  const { providers, prices } = aiProvidersFromConfig(config);
  return { providers: createTextProviders(providers), prices, timeoutMs: config.AI_TIMEOUT_MS, sleep: realSleep, random: Math.random };
}
