import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { activateBrand } from '@socialseed/core/brands/activate-brand';
import { createBrand } from '@socialseed/core/brands/create-brand';
import { deleteBrand } from '@socialseed/core/brands/delete-brand';
import { getBrand } from '@socialseed/core/brands/get-brand';
import { listBrands } from '@socialseed/core/brands/list-brands';
import { updateBrand } from '@socialseed/core/brands/update-brand';
import type { ServerContext } from '../../server-context';
import { authorize } from '../../http/authenticate';
import { idParams, noContent, pageOf, paginationQuery } from '../../http/schemas';
import { brand, brandResponse, createBrandBody, updateBrandBody } from './brands.schema';

const tags = ['brands'];

/** Brands of the request's organization and their onboarding (draft → partial saves → activate). */
export function brandsRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/', { schema: { tags, querystring: paginationQuery, response: { 200: pageOf(brand) } } }, async (request) => {
      const actor = await authorize(context, request, 'brands.read');
      return listBrands(context.core, actor, request.query);
    });

    app.post('/', { schema: { tags, body: createBrandBody, response: { 201: brandResponse } } }, async (request, reply) => {
      const actor = await authorize(context, request, 'brands.create');
      return reply.status(201).send({ brand: await createBrand(context.core, actor, request.body) });
    });

    app.get('/:id', { schema: { tags, params: idParams, response: { 200: brandResponse } } }, async (request) => {
      const actor = await authorize(context, request, 'brands.read');
      return { brand: await getBrand(context.core, actor, request.params.id) };
    });

    app.put('/:id', { schema: { tags, params: idParams, body: updateBrandBody, response: { 200: brandResponse } } }, async (request) => {
      const actor = await authorize(context, request, 'brands.update');
      return { brand: await updateBrand(context.core, actor, request.params.id, request.body) };
    });

    app.delete('/:id', { schema: { tags, params: idParams, response: { 204: noContent } } }, async (request, reply) => {
      const actor = await authorize(context, request, 'brands.delete');
      await deleteBrand(context.core, actor, request.params.id);
      return reply.status(204).send(null);
    });

    app.post('/:id/activate', { schema: { tags, params: idParams, response: { 200: brandResponse } } }, async (request) => {
      const actor = await authorize(context, request, 'brands.update');
      return { brand: await activateBrand(context.core, actor, request.params.id) };
    });
  };
}
