import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createOrganization,
  getCurrentOrganization,
  listMyOrganizations,
  updateOrganization,
} from '@socialseed/core/organizations/manage-organization';
import { roleSchema } from '@socialseed/core/organizations/organization.schemas';
import type { ServerContext } from '../../server-context';
import { authenticate, authorize } from '../../http/authenticate';
import { originOf } from '../../http/request-origin';
import { pageOf, paginationQuery } from '../../http/schemas';
import { createOrganizationBody, organization, organizationSummary, updateOrganizationBody } from './organizations.schema';

const tags = ['organizations'];

export function organizationsRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/', { schema: { tags, querystring: paginationQuery, response: { 200: pageOf(organizationSummary) } } }, async (request) => {
      const principal = await authenticate(context, request);
      return listMyOrganizations(context.core, principal.userId, request.query);
    });

    app.post(
      '/',
      { schema: { tags, body: createOrganizationBody, response: { 201: z.object({ organization: organizationSummary }) } } },
      async (request, reply) => {
        const principal = await authenticate(context, request);
        const created = await createOrganization(context.core, principal.userId, request.body.name, originOf(request));
        return reply.status(201).send({ organization: created });
      },
    );

    app.get('/current', { schema: { tags, response: { 200: z.object({ organization, role: roleSchema }) } } }, async (request) => {
      const actor = await authorize(context, request, 'organization.read');
      return getCurrentOrganization(context.core, actor);
    });

    app.put('/', { schema: { tags, body: updateOrganizationBody, response: { 200: z.object({ organization }) } } }, async (request) => {
      const actor = await authorize(context, request, 'organization.update');
      return { organization: await updateOrganization(context.core, actor, request.body) };
    });
  };
}
