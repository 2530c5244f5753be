import type { Repositories } from '../ports/repositories';
import type { TextProvider } from '../ports/text-provider';
import type { Clock } from '../shared/clock';
import { costOf } from './price-table';
import type { ProviderAttempt } from './provider-attempt';
import type { TextGeneration } from './text-generation';

/** Outputs are kept for the task history; a runaway answer is cut so one row stays small. */
const MAX_STORED_OUTPUT = 50_000;

interface TaskOrigin {
  agent: string;
  organizationId: string;
  brandId: string | null;
  userId: string | null;
  system: string;
  user: string;
}

/** Records one provider call (any outcome) and returns the task id. */
export async function recordAttempt<T>(
  deps: { uow: Pick<Repositories, 'aiTasks'>; clock: Clock; textGeneration: Pick<TextGeneration, 'prices'> },
  provider: Pick<TextProvider, 'name' | 'model'>,
  origin: TaskOrigin,
  attempt: ProviderAttempt<T>,
): Promise<string> {
  const task = await deps.uow.aiTasks.record({
    organizationId: origin.organizationId,
    brandId: origin.brandId,
    userId: origin.userId,
    agent: origin.agent,
    provider: provider.name,
    model: provider.model,
    prompt: { system: origin.system, user: origin.user },
    output: attempt.output === null ? null : attempt.output.slice(0, MAX_STORED_OUTPUT),
    tokensIn: attempt.tokensIn,
    tokensOut: attempt.tokensOut,
    costUsd: costOf(deps.textGeneration.prices, provider.name, provider.model, attempt.tokensIn, attempt.tokensOut),
    latencyMs: attempt.latencyMs,
    status: attempt.outcome === 'succeeded' ? 'succeeded' : 'failed',
    error: attempt.outcome === 'succeeded' ? null : attempt.error,
    createdAt: deps.clock.now(),
  });
  return task.id;
}

export const TEMPLATE_PROVIDER = 'template';
export const TEMPLATE_MODEL = 'offline-templates';

/**
 * Records work done by the offline template tier, so the task history shows every generation —
 * provider or not. It costs nothing and uses no tokens, so it never counts against a budget.
 */
export async function recordTemplateTask(
  deps: { uow: Pick<Repositories, 'aiTasks'>; clock: Clock },
  task: TaskOrigin & { output: string; latencyMs: number },
): Promise<string> {
  const recorded = await deps.uow.aiTasks.record({
    organizationId: task.organizationId,
    brandId: task.brandId,
    userId: task.userId,
    agent: task.agent,
    provider: TEMPLATE_PROVIDER,
    model: TEMPLATE_MODEL,
    prompt: { system: task.system, user: task.user },
    output: task.output.slice(0, MAX_STORED_OUTPUT),
    tokensIn: null,
    tokensOut: null,
    costUsd: 0,
    latencyMs: Math.max(0, Math.round(task.latencyMs)),
    status: 'succeeded',
    error: null,
    createdAt: deps.clock.now(),
  });
  return recorded.id;
}
