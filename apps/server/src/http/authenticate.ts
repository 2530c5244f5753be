import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '@socialseed/core/errors';
import { assertCan, type Permission } from '@socialseed/core/organizations/permissions';
import { assertSessionLive, resolveActor, type Principal } from '@socialseed/core/organizations/resolve-actor';
import type { Actor } from '@socialseed/core/shared/actor';
import type { ServerContext } from '../server-context';
import { originOf } from './request-origin';

const unauthenticated = () =>
  new AppError('UNAUTHENTICATED', { message: 'Missing or invalid access token', userMessage: 'Please log in.' });

const organizationIdSchema = z.uuid();

/** The user behind the bearer token; 401 without a valid token or once its session has ended. */
export async function authenticate(context: ServerContext, request: FastifyRequest): Promise<Principal> {
  const header = request.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
  const principal = token ? await context.accessTokens.verify(token) : null;
  if (!principal) throw unauthenticated();
  await assertSessionLive(context.core, principal);
  return principal;
}

/**
 * The signed-in user acting in the organization named by `X-Organization-Id` (default: their
 * first), after checking the role may perform `permission`. Every organization-scoped route
 * starts here; a malformed or foreign organization id answers 404.
 */
export async function authorize(context: ServerContext, request: FastifyRequest, permission: Permission): Promise<Actor> {
  const principal = await authenticate(context, request);
  const rawOrganization = request.headers['x-organization-id'];
  const requested = typeof rawOrganization === 'string' && rawOrganization ? rawOrganization : null;
  if (requested && !organizationIdSchema.safeParse(requested).success) throw AppError.notFound('Organization');
  const actor = await resolveActor(context.core, principal, requested, originOf(request));
  assertCan(actor.role, permission);
  return actor;
}
