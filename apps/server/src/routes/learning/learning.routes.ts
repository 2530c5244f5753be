import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readBrandLearning, retrainBrandLearningNow } from '@socialseed/core/learning/brand-learning';
import { recommendForBrand } from '@socialseed/core/learning/recommend-for-brand';
import type { ServerContext } from '../../server-context';
import { authorize } from '../../http/authenticate';
import { idParams } from '../../http/schemas';
import { learningResponse, recommendationQuery, recommendationResponse, retrainResponse } from './learning.schema';

/** A brand's learner: what it learned, retraining on demand, and the studio's suggestion (under /brands). */
export function learningRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['learning'];
    app.get('/:id/learning', { schema: { tags, params: idParams, response: { 200: learningResponse } } }, async (request) => {
      const actor = await authorize(context, request, 'brands.read');
      return readBrandLearning(context.core, actor, request.params.id);
    });

    app.post('/:id/learning/retrain', { schema: { tags, params: idParams, response: { 200: retrainResponse } } }, async (request) => {
      const actor = await authorize(context, request, 'brands.update');
      return retrainBrandLearningNow(context.core, actor, request.params.id);
    });

    app.get('/:id/learning/recommendation', { schema: { tags, params: idParams, querystring: recommendationQuery, response: { 200: recommendationResponse } } }, async (request) => {
      const actor = await authorize(context, request, 'brands.read');
      return recommendForBrand(context.core, actor, { brandId: request.params.id, platform: request.query.platform, trendId: request.query.trendId });
    });
  };
}
