import { z } from 'zod';
import { aiConfigShape } from './ai.config';
import { mediaStorageConfigShape } from './media-storage.config';
import { trendsConfigShape } from './trends.config';
import { engagementConfigShape } from './engagement.config';
import { learningConfigShape } from './learning.config';

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const roleList = z
  .string()
  .transform((value) => value.split(',').map((role) => role.trim()).filter(Boolean))
  .pipe(z.array(z.enum(['api', 'worker'])).min(1, 'Name at least one role: api, worker'));

const url = z.url();

/**
 * Every environment variable Socialseed reads, with its default and the reason it exists.
 * docs/configuration.md mirrors this table (a test keeps them in step).
 */
export const configSchema = z.object({
  /** `development`, `production` or `test`; production turns on secure cookies behind https. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Which roles this process runs: `api`, `worker`, or both (comma-separated). */
  ROLE: roleList.default(['api', 'worker']),
  /** HTTP port of the API and web UI. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface the HTTP server binds to; 127.0.0.1 keeps it private to this machine. */
  HOST: z.string().min(1).default('0.0.0.0'),
  /** Where the embedded PostgreSQL and other local state live. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** PostgreSQL 15+ connection string; without it an embedded PostgreSQL starts in DATA_DIR/postgres. */
  DATABASE_URL: url.optional(),
  /** Most connections one process opens to PostgreSQL. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(2).max(200).default(10),
  /** Public address of the web app, used for links in emails. Defaults to http://localhost:PORT. */
  PUBLIC_URL: url.optional(),
  /** Secret signing access tokens; generated once and kept in the database when unset, so every process shares it. */
  JWT_SECRET: z.string().min(32, 'Use at least 32 characters').optional(),
  /** Lifetime of an access token in seconds. */
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
  /** Lifetime of an idle sign-in (refresh token) in days. */
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Days an invitation link stays valid. */
  INVITATION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  /** Login attempts allowed per client IP within the window. */
  LOGIN_MAX_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(30),
  /** Failed-or-not login attempts allowed per account within the window. */
  LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  /** Length of the login rate-limit window in seconds. */
  LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(10).default(900),
  /** Per hour and client IP: requests of each email-sending flow (register, password reset, resend verification). */
  EMAIL_REQUESTS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(30),
  /** Per hour and address: emails each such flow may send to one address. */
  EMAIL_REQUESTS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).default(5),
  /**
   * Keys sealing social account tokens (AES-256-GCM), `id:base64-32-bytes`, comma-separated, newest
   * first; older keys keep decrypting. Unset: one key is generated and kept in the database.
   */
  TOKEN_ENCRYPTION_KEYS: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=(,\s*[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=)*$/, 'Use id:base64key pairs (32-byte keys), comma-separated')
    .optional(),
  /**
   * Seconds a worker may hold a delivery before it is presumed dead and the post is verified on
   * the platform instead (must exceed the slowest platform call; the default leaves ample room).
   */
  PUBLISH_CLAIM_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(300),
  DELIVERY_STALL_ALERT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
  /** Simulated network time of the Sandbox between accepting a post and answering (testing, demos). */
  SANDBOX_ANSWER_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  /** OAuth 2.0 client id of your X app (developer.x.com); enables connecting X accounts. */
  X_CLIENT_ID: z.string().min(1).optional(),
  /** Its client secret, for confidential clients; leave unset for a public (PKCE-only) client. */
  X_CLIENT_SECRET: z.string().min(1).optional(),
  /** X API origin; change only for a proxy or a test double. */
  X_API_BASE_URL: url.default('https://api.x.com'),
  /** Stability AI API key (platform.stability.ai); enables generated graphic backgrounds (`backgroundPrompt`). */
  STABILITY_API_KEY: z.string().min(1).optional(),
  /** Stability AI API origin; change only for a proxy or a test double. */
  STABILITY_BASE_URL: url.default('https://api.stability.ai'),
  /** SMTP server for email, e.g. smtp://user:pass@mail.example.com:587; unset writes emails to the outbox and the log. */
  SMTP_URL: url.optional(),
  /** Sender of outgoing email. */
  MAIL_FROM: z.string().min(3).default('Socialseed <no-reply@localhost>'),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Comma-separated origins allowed by CORS; unset means CORS is off (same-origin only). */
  CORS_ORIGINS: z.string().optional(),
  /** Largest JSON request body in bytes (uploads have their own 20 MiB limit). */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(1_048_576),
  /** When set, GET /metrics needs `Authorization: Bearer <token>` (for installs reachable from the internet). */
  METRICS_TOKEN: z.string().min(16, 'Use at least 16 characters').optional(),
  /** Trust X-Forwarded-* headers (set when running behind a reverse proxy). */
  TRUST_PROXY: boolean.default(false),
  /** Directory of the built web UI; defaults to apps/web/dist. */
  WEB_DIST_DIR: z.string().optional(),
  /** The AI provider chain: keys, models, base URLs, order, timeout, prices (ai.config.ts). */
  ...aiConfigShape,
  /** Where new uploads' bytes go: PostgreSQL unless an S3-compatible bucket is configured (media-storage.config.ts). */
  ...mediaStorageConfigShape,
  /** Trend sources, schedule and embeddings (trends.config.ts). */
  ...trendsConfigShape,
  /** The engagement sync's schedule and spacing (engagement.config.ts). */
  ...engagementConfigShape,
  /** The per-brand learner (learning.config.ts). */
  ...learningConfigShape,
});

export type RawConfig = z.infer<typeof configSchema>;
