import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listBrandTrends } from '@socialseed/core/trends/brand-trends';
import { dismissTrend } from '@socialseed/core/trends/dismiss-trend';
import { getTrend, getTrendRun, listOrganizationTrends } from '@socialseed/core/trends/organization-trends';
import { requestTrendAnalysis } from '@socialseed/core/trends/request-trend-analysis';
import { trendSourceIds, trendSourceLabels } from '@socialseed/core/trends/trend-item';
import { trendSettingsSchema } from '@socialseed/core/trends/trend-settings';
import { getTrendSettings, updateTrendSettings } from '@socialseed/core/trends/trend-settings-use-cases';
import type { ServerContext } from '../../server-context';
import { authorize } from '../../http/authenticate';
import { idParams, noContent } from '../../http/schemas';
import { brandTrendsResponse, dismissParams, runParams, trendDetail, trendPage, trendRun, trendSettingsResponse, trendsQuery } from './trends.schema';
import { z } from 'zod';

/** Which sources this installation can use (keys configured), for the settings form. */
const availableSources = (context: ServerContext) => {
  const configured = new Set(context.core.trends.sources.map((source) => source.id));
  return trendSourceIds.map((id) => ({ id, label: trendSourceLabels[id], configured: configured.has(id) }));
};

/** Per-brand trends, their settings and dismissals (under /brands). */
export function brandTrendRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['trends'];
    app.get('/:id/trends', { schema: { tags, params: idParams, response: { 200: brandTrendsResponse } } }, async (request) => {
      const actor = await authorize(context, request, 'trends.read');
      return listBrandTrends(context.core, actor, request.params.id);
    });

    app.get('/:id/trend-settings', { schema: { tags, params: idParams, response: { 200: trendSettingsResponse } } }, async (request) => {
      const actor = await authorize(context, request, 'trends.read');
      return { settings: await getTrendSettings(context.core, actor, request.params.id), available: availableSources(context) };
    });

    app.put('/:id/trend-settings', { schema: { tags, params: idParams, body: trendSettingsSchema, response: { 200: trendSettingsResponse } } }, async (request) => {
      const actor = await authorize(context, request, 'brands.update');
      return { settings: await updateTrendSettings(context.core, actor, request.params.id, request.body), available: availableSources(context) };
    });

    app.post('/:id/trends/:trendId/dismiss', { schema: { tags, params: dismissParams, response: { 204: noContent } } }, async (request, reply) => {
      const actor = await authorize(context, request, 'trends.dismiss');
      await dismissTrend(context.core, actor, request.params.id, request.params.trendId);
      return reply.status(204).send(null);
    });
  };
}

/** Forcing a refresh and following its run (under /ai-agents). */
export function trendRunRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['trends'];
    app.post('/trends/analyze', { schema: { tags, response: { 202: z.object({ run: trendRun, alreadyRunning: z.boolean() }) } } }, async (request, reply) => {
      const actor = await authorize(context, request, 'trends.refresh');
      return reply.status(202).send(await requestTrendAnalysis(context.core, actor));
    });

    app.get('/trends/runs/:id', { schema: { tags, params: runParams, response: { 200: z.object({ run: trendRun.nullable() }) } } }, async (request) => {
      const actor = await authorize(context, request, 'trends.read');
      return { run: await getTrendRun(context.core, actor, request.params.id) };
    });
  };
}

/** The organization-wide trend list (under /analytics). */
export function analyticsTrendRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['analytics'];
    app.get('/trends', { schema: { tags, querystring: trendsQuery, response: { 200: trendPage } } }, async (request) => {
      const actor = await authorize(context, request, 'trends.read');
      const { page, limit, source, category, sentiment, q, sort, seenWithinHours } = request.query;
      const seenSince = seenWithinHours ? new Date(context.core.clock.now().getTime() - seenWithinHours * 3_600_000) : undefined;
      return listOrganizationTrends(context.core, actor, { source, category, sentiment, query: q, sort, seenSince }, { page, limit });
    });

    app.get('/trends/:id', { schema: { tags, params: idParams, response: { 200: z.object({ trend: trendDetail }) } } }, async (request) => {
      const actor = await authorize(context, request, 'trends.read');
      return { trend: await getTrend(context.core, actor, request.params.id) };
    });
  };
}
