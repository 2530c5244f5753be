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

/** Query parameters whose values are secrets (invitation lookups carry the invitation token). */
const SECRET_QUERY = /([?&](?:token|access_token|code|code_verifier|state)=)[^&#]*/gi;

/** A URL as it may appear in logs: secret query values replaced. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_QUERY, '$1[redacted]');
}

interface LoggedRequest {
  method: string;
  url: string;
  ip?: string;
  id?: string;
}

export function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  return {
    level: config.LOG_LEVEL,
    redact: { paths: redactedLogPaths, censor: '[redacted]' },
    base: { service: 'socialseed', roles: config.ROLE.join(',') },
    serializers: {
      req: (request: LoggedRequest) => ({ method: request.method, url: redactUrl(request.url), remoteAddress: request.ip, reqId: request.id }),
    },
  };
}
