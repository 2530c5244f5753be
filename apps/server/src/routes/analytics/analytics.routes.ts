import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addCompetitor, listCompetitors, removeCompetitor } from '@socialseed/core/analytics/competitors';
import { exportAnalyticsCsv } from '@socialseed/core/analytics/export-analytics-csv';
import { readAudience } from '@socialseed/core/analytics/read-audience';
import { readEngagementSeries } from '@socialseed/core/analytics/read-engagement-series';
import { readFollowerGrowth } from '@socialseed/core/analytics/read-follower-growth';
import { readOverview } from '@socialseed/core/analytics/read-overview';
import { readPostPerformance } from '@socialseed/core/analytics/read-post-performance';
import type { ServerContext } from '../../server-context';
import { authorize } from '../../http/authenticate';
import { idParams, noContent } from '../../http/schemas';
import {
  addCompetitorBody,
  analyticsQuery,
  audienceResponse,
  competitorResponse,
  competitorsQuery,
  competitorsResponse,
  engagementQuery,
  engagementResponse,
  exportQuery,
  growthResponse,
  overviewResponse,
  postsQuery,
  postsResponse,
} from './analytics.schema';

/** Reading needs a permission every role has; the figures are the organization's own posts. */
const READ = 'posts.read';

/** The brand analytics dashboard's reads, competitors and the CSV export (under /analytics, beside /analytics/trends). */
export function analyticsRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['analytics'];

    app.get('/overview', { schema: { tags, querystring: analyticsQuery, response: { 200: overviewResponse } } }, async (request) => {
      const actor = await authorize(context, request, READ);
      return readOverview(context.core, actor, request.query);
    });

    app.get('/posts', { schema: { tags, querystring: postsQuery, response: { 200: postsResponse } } }, async (request) => {
      const actor = await authorize(context, request, READ);
      const { sort, order, page, limit, ...query } = request.query;
      return readPostPerformance(context.core, actor, query, { key: sort, order }, { page, limit });
    });

    app.get('/engagement', { schema: { tags, querystring: engagementQuery, response: { 200: engagementResponse } } }, async (request) => {
      const actor = await authorize(context, request, READ);
      const { interval, ...query } = request.query;
      return readEngagementSeries(context.core, actor, query, interval);
    });

    app.get('/growth', { schema: { tags, querystring: analyticsQuery, response: { 200: growthResponse } } }, async (request) => {
      const actor = await authorize(context, request, READ);
      return readFollowerGrowth(context.core, actor, request.query);
    });

    app.get('/audience', { schema: { tags, querystring: analyticsQuery, response: { 200: audienceResponse } } }, async (request) => {
      const actor = await authorize(context, request, READ);
      return readAudience(context.core, actor, request.query);
    });

    app.get('/competitors', { schema: { tags, querystring: competitorsQuery, response: { 200: competitorsResponse } } }, async (request) => {
      const actor = await authorize(context, request, READ);
      return listCompetitors(context.core, actor, request.query.brandId);
    });

    app.post('/competitors', { schema: { tags, body: addCompetitorBody, response: { 201: competitorResponse } } }, async (request, reply) => {
      const actor = await authorize(context, request, 'brands.update');
      return reply.status(201).send({ competitor: await addCompetitor(context.core, actor, request.body) });
    });

    app.delete('/competitors/:id', { schema: { tags, params: idParams, response: { 204: noContent } } }, async (request, reply) => {
      const actor = await authorize(context, request, 'brands.update');
      await removeCompetitor(context.core, actor, request.params.id);
      return reply.status(204).send(null);
    });

    app.get('/export', { schema: { tags, querystring: exportQuery } }, async (request, reply) => {
      const actor = await authorize(context, request, READ);
      const { format: _csv, sort, order, ...query } = request.query;
      const exported = await exportAnalyticsCsv(context.core, actor, query, { key: sort, order });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${exported.filename}"`)
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(exported.csv);
    });
  };
}
