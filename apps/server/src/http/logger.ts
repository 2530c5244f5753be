import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../config/config';

/** Paths pino blanks in every log line: credentials must never reach logs. */
export const redactedLogPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.refreshToken',
  '*.accessToken',
  '*.inviteToken',
];

export function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  return {
    level: config.LOG_LEVEL,
    redact: { paths: redactedLogPaths, censor: '[redacted]' },
    base: { service: 'socialseed', roles: config.ROLE.join(',') },
  };
}
