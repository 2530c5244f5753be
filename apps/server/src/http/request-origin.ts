import type { FastifyRequest } from 'fastify';
import type { RequestOrigin } from '@socialseed/core/shared/actor';

/** Who/where a request came from, for the audit log and session list. */
export function originOf(request: FastifyRequest): RequestOrigin {
  const userAgent = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 500) : null, requestId: request.id };
}
