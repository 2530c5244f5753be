import { z } from 'zod';
import { pageOf, paginationQuery, timestamp } from '../../http/schemas';

const instantQuery = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

export const aiTasksQuery = paginationQuery.extend({
  agent: z.string().trim().min(1).max(100).optional().describe('Exact agent, e.g. content.generate'),
  status: z.enum(['succeeded', 'failed']).optional(),
});

export const aiUsageQuery = z
  .object({
    from: instantQuery.optional().describe('Default: the start of this month (UTC)'),
    to: instantQuery.optional().describe('Exclusive; default: now'),
  })
  .refine((query) => !query.from || !query.to || query.to > query.from, { message: 'Must be after from', path: ['to'] });

const money = z.number().min(0);

export const aiSettingsBody = z
  .object({
    autoApproveThreshold: z.number().min(0).max(1).optional().describe('Generated posts scoring at least this, and safe, skip approval'),
    monthlyBudgetUsd: money.max(1_000_000).nullable().optional().describe('null removes the cap'),
    monthlyTokenBudget: z.number().int().min(0).max(2_000_000_000).nullable().optional().describe('Tokens in + out per month; null removes the cap'),
  })
  .strict();

export const aiSettings = z.object({
  autoApproveThreshold: z.number(),
  monthlyBudgetUsd: z.number().nullable(),
  monthlyTokenBudget: z.number().int().nullable(),
});

export const aiSettingsResponse = z.object({ settings: aiSettings });

export const aiAgentsOverview = z.object({
  tier: z.enum(['provider', 'template']).describe('template: no provider is configured, texts come from the offline writer'),
  providers: z.array(z.object({ name: z.string(), model: z.string() })).describe('In the order the chain tries them'),
  agents: z.array(z.object({ name: z.string(), description: z.string() })),
  budget: z.object({ monthlyBudgetUsd: z.number().nullable(), spentUsd: z.number(), monthlyTokenBudget: z.number().nullable(), usedTokens: z.number() }),
  autoApproveThreshold: z.number(),
});

export const aiTaskSummary = z.object({
  id: z.uuid(),
  agent: z.string(),
  provider: z.string(),
  model: z.string(),
  status: z.enum(['succeeded', 'failed']),
  tokensIn: z.number().int().nullable(),
  tokensOut: z.number().int().nullable(),
  costUsd: z.number().nullable().describe('null when the model has no price or reported no tokens'),
  latencyMs: z.number().int(),
  error: z.string().nullable(),
  brandId: z.uuid().nullable(),
  createdAt: timestamp,
});

export const aiTaskDetail = z.object({
  task: aiTaskSummary.extend({ prompt: z.object({ system: z.string(), user: z.string() }), output: z.string().nullable() }),
});

export const aiTaskPage = pageOf(aiTaskSummary);

export const aiUsage = z.object({
  byProvider: z.array(
    z.object({ provider: z.string(), model: z.string(), tasks: z.number().int(), failed: z.number().int(), tokensIn: z.number(), tokensOut: z.number(), costUsd: z.number() }),
  ),
});
