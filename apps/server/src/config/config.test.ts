import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';
import { configSchema } from './config.schema';
import { mediaS3Settings } from './media-storage.config';

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

  it('keeps media in PostgreSQL unless all four MEDIA_S3_* variables are set', () => {
    expect(mediaS3Settings(loadConfig({}))).toBeNull();
    const config = loadConfig({ MEDIA_S3_ENDPOINT: 'http://minio:9000', MEDIA_S3_BUCKET: 'media', MEDIA_S3_ACCESS_KEY_ID: 'key', MEDIA_S3_SECRET_ACCESS_KEY: 'secret' });
    expect(mediaS3Settings(config)).toEqual({ endpoint: 'http://minio:9000', bucket: 'media', accessKeyId: 'key', secretAccessKey: 'secret', region: 'us-east-1' });
  });

  it('rejects a partial MEDIA_S3_* set, naming each missing variable, beside other problems', () => {
    let caught: unknown;
    try {
      loadConfig({ MEDIA_S3_ENDPOINT: 'http://minio:9000', MEDIA_S3_BUCKET: 'media', PORT: 'eighty' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems;
    expect(problems.some((problem) => problem.startsWith('MEDIA_S3_ACCESS_KEY_ID:'))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('MEDIA_S3_SECRET_ACCESS_KEY:'))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('MEDIA_S3_BUCKET:'))).toBe(false);
    expect(problems.some((problem) => problem.startsWith('PORT:'))).toBe(true);
  });

  it('is documented: docs/configuration.md names every variable', () => {
    const docs = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../docs/configuration.md'), 'utf8');
    const undocumented = Object.keys(configSchema.shape).filter((name) => !docs.includes(`\`${name}\``));
    expect(undocumented).toEqual([]);
  });
});
