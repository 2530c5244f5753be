import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readAiUsage } from '@socialseed/core/ai/ai-usage';
import { describeAiAgents } from '@socialseed/core/ai/describe-ai-agents';
import { getAiTask, listAiTasks } from '@socialseed/core/ai/read-ai-tasks';
import { updateAiSettings } from '@socialseed/core/ai/update-ai-settings';
import type { AiTaskRecord, AiTaskSummary } from '@socialseed/core/ports/ai-repositories';
import type { ServerContext } from '../../server-context';
import { authorize } from '../../http/authenticate';
import { idParams } from '../../http/schemas';
import { aiAgentsOverview, aiSettingsBody, aiSettingsResponse, aiTaskDetail, aiTaskPage, aiTasksQuery, aiUsage, aiUsageQuery } from './agents.schema';

const tags = ['ai-agents'];

const toSummary = (task: AiTaskSummary) => ({
  id: task.id,
  agent: task.agent,
  provider: task.provider,
  model: task.model,
  status: task.status,
  tokensIn: task.tokensIn,
  tokensOut: task.tokensOut,
  costUsd: task.costUsd,
  latencyMs: task.latencyMs,
  error: task.error,
  brandId: task.brandId,
  createdAt: task.createdAt,
});

const toDetail = (task: AiTaskRecord) => ({ ...toSummary(task), prompt: task.prompt, output: task.output });

/** The AI studio's providers, task history, spending and settings (the studio's own work is elsewhere). */
export function aiAgentsRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/', { schema: { tags, response: { 200: aiAgentsOverview } } }, async (request) => {
      const actor = await authorize(context, request, 'ai.read');
      return describeAiAgents(context.core, actor);
    });

    app.get('/tasks', { schema: { tags, querystring: aiTasksQuery, response: { 200: aiTaskPage } } }, async (request) => {
      const actor = await authorize(context, request, 'ai.read');
      const { page, limit, agent, status } = request.query;
      const tasks = await listAiTasks(context.core, actor, { agent, status }, { page, limit });
      return { ...tasks, items: tasks.items.map(toSummary) };
    });

    app.get('/tasks/:id', { schema: { tags, params: idParams, response: { 200: aiTaskDetail } } }, async (request) => {
      const actor = await authorize(context, request, 'ai.read');
      return { task: toDetail(await getAiTask(context.core, actor, request.params.id)) };
    });

    app.get('/usage', { schema: { tags, querystring: aiUsageQuery, response: { 200: aiUsage } } }, async (request) => {
      const actor = await authorize(context, request, 'ai.read');
      return readAiUsage(context.core, actor, request.query);
    });

    app.put('/settings', { schema: { tags, body: aiSettingsBody, response: { 200: aiSettingsResponse } } }, async (request) => {
      const actor = await authorize(context, request, 'ai.settings');
      return { settings: await updateAiSettings(context.core, actor, request.body) };
    });
  };
}
