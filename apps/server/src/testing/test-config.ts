import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../config/config';

/** A valid config for tests: quiet logs, no SMTP, a throwaway data dir, overridable per test. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: path.join(os.tmpdir(), 'socialseed-test-data'),
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    // Every test request comes from one IP; the per-IP limit has its own test.
    EMAIL_REQUESTS_PER_IP_PER_HOUR: '100000',
    // Tests never reach the internet: trend tests point sources at the fakes in testkit.
    TRENDS_PUBLIC_SOURCES: 'false',
    ...overrides,
  });
}
