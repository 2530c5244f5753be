import type { AiTaskRecord, NewAiTask } from '@socialseed/core/ports/ai-repositories';
import type { TestApp } from './test-app';

/** Stores one AI task for an organization straight through the repository (as the chain would). */
export async function recordAiTask(t: TestApp, organizationId: string, overrides: Partial<NewAiTask> = {}): Promise<AiTaskRecord> {
  return t.context.core.uow.aiTasks.record({
    organizationId,
    brandId: null,
    userId: null,
    agent: 'content.generate',
    provider: 'deepseek',
    model: 'deepseek-chat',
    prompt: { system: 'You write posts.', user: 'About tea.' },
    output: '{"variants":[]}',
    tokensIn: 100,
    tokensOut: 50,
    costUsd: 0.0001,
    latencyMs: 120,
    status: 'succeeded',
    error: null,
    createdAt: new Date(),
    ...overrides,
  });
}
