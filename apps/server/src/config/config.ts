import path from 'node:path';
import { configSchema, type RawConfig } from './config.schema';
import { mediaStorageProblems } from './media-storage.config';

export interface Config extends RawConfig {
  PUBLIC_URL: string;
  /** False when PUBLIC_URL was derived from PORT (then a PORT of 0 is corrected once listening). */
  publicUrlConfigured: boolean;
  DATA_DIR: string;
  corsOrigins: string[];
  secureCookies: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the environment once. Empty strings count as unset, so `FOO=` in a .env
 * file falls back to the default. Every bad variable is reported at once, not just the first.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.keys(configSchema.shape)
      .map((key) => [key, env[key]] as const)
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = configSchema.safeParse(present);
  // Variables that only make sense together are checked beside the schema, so both kinds of problem are listed at once.
  const problems = [...(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)), ...mediaStorageProblems(present)];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const raw = parsed.data;
  const publicUrl = (raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`).replace(/\/+$/, '');
  return {
    ...raw,
    PUBLIC_URL: publicUrl,
    publicUrlConfigured: raw.PUBLIC_URL !== undefined,
    DATA_DIR: path.resolve(raw.DATA_DIR),
    corsOrigins: raw.CORS_ORIGINS ? raw.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean) : [],
    secureCookies: publicUrl.startsWith('https://'),
  };
}
