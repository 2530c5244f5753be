import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';
import { configSchema } from './config.schema';

describe('loadConfig', () => {
  it('runs with no environment at all, on the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, ROLE: ['api', 'worker'], PUBLIC_URL: 'http://localhost:3000', corsOrigins: [] });
    expect(config.DATA_DIR).toBe(path.resolve('./data'));
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('lists every invalid variable at once', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: 'eighty', ROLE: 'api,chef', DATABASE_URL: 'not a url', JWT_SECRET: 'short' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems.join('\n');
    for (const variable of ['PORT', 'ROLE', 'DATABASE_URL', 'JWT_SECRET']) expect(problems).toContain(variable);
  });

  it('treats empty values as unset and splits role and CORS lists', () => {
    const config = loadConfig({ PORT: '', ROLE: 'worker', CORS_ORIGINS: 'https://a.example, https://b.example', PUBLIC_URL: 'https://social.example/' });
    expect(config).toMatchObject({ PORT: 3000, ROLE: ['worker'], corsOrigins: ['https://a.example', 'https://b.example'], secureCookies: true });
    expect(config.PUBLIC_URL).toBe('https://social.example');
  });

  it('is documented: docs/configuration.md names every variable', () => {
    const docs = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../docs/configuration.md'), 'utf8');
    const undocumented = Object.keys(configSchema.shape).filter((name) => !docs.includes(`\`${name}\``));
    expect(undocumented).toEqual([]);
  });
});
