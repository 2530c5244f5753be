import type { CredentialVault } from './ports/credential-vault';
import type { ImageProcessor } from './ports/image-processor';
import type { GraphicsRenderer } from './ports/graphics-renderer';
import type { ImageGenerator } from './ports/image-generator';
import type { TextGeneration } from './ai/text-generation';
import type { StudioModel } from './ports/studio-model';
import type { ProviderRegistry } from './ports/provider-registry';
import type { UnitOfWork } from './ports/repositories';
import type { Clock } from './shared/clock';
import type { Platform } from './publishing/platforms';
import type { TrendServices } from './trends/trend-services';
import type { LearningSettings } from './learning/learning-settings';

/** argon2id in production; anything with the same contract in tests. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

/** Issues the short-lived access token that authenticates API calls. */
export interface AccessTokenIssuer {
  issue(claims: { userId: string; sessionId: string }): Promise<{ token: string; expiresInSeconds: number }>;
}

/** Hands a written outbox email to the job queue for delivery (after the transaction commits). */
export interface EmailDispatcher {
  dispatch(outboxEmailId: string): Promise<void>;
}

export interface CoreSettings {
  /** Public base URL of the web app, used in links inside emails. */
  publicUrl: string;
  refreshTokenTtlDays: number;
  invitationTtlDays: number;
  login: { maxAttemptsPerIp: number; maxAttemptsPerAccount: number; windowSeconds: number };
  /** Claims older than the lease belong to dead workers; targets overdue by the grace lost their job. */
  /** stallAlertMs: how long past its time an unsent post is reported as stalled (DELIVERY_STALL_ALERT_SECONDS). */
  delivery: { claimLeaseMs: number; overdueGraceMs: number; stallAlertMs: number };
  /** OAuth apps registered with platforms (X); a platform without one cannot be connected by OAuth. */
  oauthClients: Partial<Record<Platform, { clientId: string; clientSecret: string | null; baseUrl: string }>>;
  /** Hourly limits on flows that send email on request (register, password reset, resend verification). */
  emailRequests: { perIpPerHour: number; perAddressPerHour: number };
  learning: LearningSettings;
}

/** Everything use cases need from the outside world, passed in explicitly. */
export interface CoreDeps {
  uow: UnitOfWork;
  clock: Clock;
  passwords: PasswordHasher;
  accessTokens: AccessTokenIssuer;
  emails: EmailDispatcher;
  settings: CoreSettings;
  /** Social platforms this installation can reach (Sandbox always). */
  providers: ProviderRegistry;
  /** Seals and opens social account credentials. */
  vault: CredentialVault;
  /** Reads and re-encodes images, so each platform gets images within its rules. */
  images: ImageProcessor;
  /** Draws brand graphics from templates (always available, offline). */
  graphics: GraphicsRenderer;
  /** Text-to-image backgrounds (Stability AI) when its key is configured; null = templates only. */
  imageGenerator: ImageGenerator | null;
  /** Configured text models in the order the AI provider chain tries them (empty = template tier only). */
  textGeneration: TextGeneration;
  /** The studio's view of the chain (ai/provider-studio-model.ts): one call, or a recorded template fallback. */
  studio: StudioModel;
  /** Trend sources, NLP, embeddings and image hashing for the trend pipeline. */
  trends: TrendServices;
}
