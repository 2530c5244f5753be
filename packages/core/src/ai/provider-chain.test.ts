import { describe, expect, it } from 'vitest';
import type { AiSettingsRecord, AiTaskRecord, AiTasksRepository, NewAiTask } from '../ports/ai-repositories';
import { TextProviderError, type TextCompletion, type TextProvider } from '../ports/text-provider';
import { backoffDelayMs, runProviderChain, type ChainDeps, type ChainRequest } from './provider-chain';
import { recordTemplateTask } from './record-ai-task';

type Step = TextCompletion | TextProviderError | 'ignore-signal';

/** A provider that plays back `steps`, one per call. */
function scripted(name: string, steps: Step[]): TextProvider & { calls: number } {
  const provider = {
    name,
    model: `${name}-model`,
    calls: 0,
    async complete(): Promise<TextCompletion> {
      const step = steps[provider.calls] ?? steps[steps.length - 1];
      provider.calls += 1;
      if (step === 'ignore-signal') return new Promise<TextCompletion>(() => undefined);
      if (step instanceof TextProviderError || step === undefined) throw step ?? new Error('no step');
      return step;
    },
  };
  return provider;
}

/** The chain's repositories in memory: the PostgreSQL versions are tested in the server's chain test. */
function memoryRepos(settings: AiSettingsRecord | null = null) {
  const tasks: AiTaskRecord[] = [];
  const aiTasks: AiTasksRepository = {
    async record(task: NewAiTask) {
      const record = { ...task, id: `task-${tasks.length + 1}` };
      tasks.push(record);
      return record;
    },
    list: async () => ({ items: [], page: 1, limit: 20, total: 0 }),
    findById: async (_organization, id) => tasks.find((task) => task.id === id) ?? null,
    async spentSince(_organization, since) {
      const recent = tasks.filter((task) => task.createdAt >= since);
      return { costUsd: recent.reduce((sum, task) => sum + (task.costUsd ?? 0), 0), tokens: recent.reduce((sum, task) => sum + (task.tokensIn ?? 0) + (task.tokensOut ?? 0), 0) };
    },
    usageByProvider: async () => [],
  };
  return { tasks, uow: { aiTasks, aiSettings: { find: async () => settings, save: async (_organization: string, saved: AiSettingsRecord) => saved } } };
}

const ok = (text: string, tokensIn = 1000, tokensOut = 500): TextCompletion => ({ text, tokensIn, tokensOut });
const transient = (status = 500) => new TextProviderError('transient', `HTTP ${status}`, { status });
const permanent = (status = 401) => new TextProviderError('permanent', `HTTP ${status}`, { status });

function setup(providers: TextProvider[], settings: AiSettingsRecord | null = null, timeoutMs = 1_000) {
  const repos = memoryRepos(settings);
  const sleeps: number[] = [];
  const deps: ChainDeps = {
    uow: repos.uow,
    clock: { now: () => new Date('2026-03-15T12:00:00Z') },
    textGeneration: {
      providers,
      prices: { 'first/first-model': { inputPerMillion: 2, outputPerMillion: 10 } },
      timeoutMs,
      sleep: async (ms) => void sleeps.push(ms),
      random: () => 0.5,
    },
  };
  return { deps, tasks: repos.tasks, sleeps };
}

const request: ChainRequest<{ answer: string }> = {
  agent: 'content.generate',
  organizationId: 'org-1',
  brandId: 'brand-1',
  userId: 'user-1',
  system: 'system prompt',
  user: 'user prompt',
  jsonSchema: { type: 'object' },
  maxOutputTokens: 200,
  temperature: 0.7,
  parse: (text) => {
    const value = JSON.parse(text) as { answer?: unknown };
    if (typeof value.answer !== 'string') throw new Error('answer missing');
    return { answer: value.answer };
  },
};

describe('runProviderChain', () => {
  it('answers from the first provider that works and records the call with its cost', async () => {
    const first = scripted('first', [ok('{"answer":"yes"}')]);
    const second = scripted('second', [ok('{"answer":"no"}')]);
    const { deps, tasks } = setup([first, second]);
    const result = await runProviderChain(deps, request);
    expect(result).toEqual({ ok: true, value: { answer: 'yes' }, provider: 'first', model: 'first-model', taskId: 'task-1' });
    expect(second.calls).toBe(0);
    expect(tasks).toHaveLength(1);
    // 1000 in × $2/M + 500 out × $10/M
    expect(tasks[0]).toMatchObject({ status: 'succeeded', provider: 'first', tokensIn: 1000, tokensOut: 500, error: null, agent: 'content.generate', brandId: 'brand-1' });
    expect(tasks[0]?.costUsd).toBeCloseTo(0.007, 10);
    expect(tasks[0]?.prompt).toEqual({ system: 'system prompt', user: 'user prompt' });
  });

  it('retries a transient failure twice with growing, jittered backoff, then moves on', async () => {
    const first = scripted('first', [transient(500), transient(503), transient(429)]);
    const second = scripted('second', [ok('{"answer":"second"}')]);
    const { deps, tasks, sleeps } = setup([first, second]);
    const result = await runProviderChain(deps, request);
    expect(result).toMatchObject({ ok: true, provider: 'second' });
    expect(first.calls).toBe(3);
    expect(sleeps).toEqual([backoffDelayMs(1, 0.5), backoffDelayMs(2, 0.5)]);
    expect(sleeps[1]).toBeGreaterThan(sleeps[0] ?? Infinity);
    expect(tasks.map((task) => task.status)).toEqual(['failed', 'failed', 'failed', 'succeeded']);
    expect(tasks[0]?.error).toContain('HTTP 500');
    expect(tasks[0]?.costUsd).toBeNull(); // no tokens reported
  });

  it('stops on the first success of a retry', async () => {
    const first = scripted('first', [transient(500), ok('{"answer":"again"}')]);
    const { deps, tasks } = setup([first]);
    expect(await runProviderChain(deps, request)).toMatchObject({ ok: true, value: { answer: 'again' } });
    expect(tasks).toHaveLength(2);
  });

  it('retries malformed output once on the same provider, then falls through', async () => {
    const first = scripted('first', [ok('{"answer":'), ok('not json at all')]);
    const second = scripted('second', [ok('{"answer":"fine"}')]);
    const { deps, tasks, sleeps } = setup([first, second]);
    expect(await runProviderChain(deps, request)).toMatchObject({ ok: true, provider: 'second', value: { answer: 'fine' } });
    expect(first.calls).toBe(2);
    expect(sleeps).toEqual([]);
    expect(tasks[0]).toMatchObject({ status: 'failed', output: '{"answer":', tokensIn: 1000 });
    expect(tasks[0]?.error).toMatch(/^malformed output/);
  });

  it('never retries a permanent failure', async () => {
    const first = scripted('first', [permanent(401)]);
    const second = scripted('second', [ok('{"answer":"b"}')]);
    const { deps, sleeps } = setup([first, second]);
    expect(await runProviderChain(deps, request)).toMatchObject({ ok: true, provider: 'second' });
    expect(first.calls).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('times out a provider that never answers, even one that ignores the abort signal', async () => {
    const first = scripted('first', ['ignore-signal']);
    const { deps, tasks } = setup([first], null, 30);
    expect(await runProviderChain(deps, request)).toEqual({ ok: false, reason: 'failed' });
    expect(first.calls).toBe(3);
    expect(tasks.map((task) => task.error)).toEqual(['timed out after 30 ms', 'timed out after 30 ms', 'timed out after 30 ms']);
  });

  it('says why it produced nothing: none configured, or all failed', async () => {
    expect(await runProviderChain(setup([]).deps, request)).toEqual({ ok: false, reason: 'none' });
    const { deps } = setup([scripted('first', [permanent()]), scripted('second', [permanent(404)])]);
    expect(await runProviderChain(deps, request)).toEqual({ ok: false, reason: 'failed' });
  });

  it('calls no provider once the USD budget is reached', async () => {
    const first = scripted('first', [ok('{"answer":"a"}')]);
    const { deps, tasks } = setup([first], { autoApproveThreshold: 0.9, monthlyBudgetUsd: 0.01, monthlyTokenBudget: null });
    expect(await runProviderChain(deps, request)).toMatchObject({ ok: true }); // spends $0.007
    expect(await runProviderChain(deps, request)).toMatchObject({ ok: true }); // $0.007 < $0.01: allowed, spends to $0.014
    expect(await runProviderChain(deps, request)).toEqual({ ok: false, reason: 'budget' });
    expect(first.calls).toBe(2);
    expect(tasks).toHaveLength(2);
  });

  it('calls no provider once the token budget is reached, even mid-retry', async () => {
    const first = scripted('first', [ok('{"broken', 600, 0), ok('{"answer":"never"}')]);
    const { deps } = setup([first], { autoApproveThreshold: 0.9, monthlyBudgetUsd: null, monthlyTokenBudget: 500 });
    expect(await runProviderChain(deps, request)).toEqual({ ok: false, reason: 'budget' });
    expect(first.calls).toBe(1);
  });
});

describe('recordTemplateTask', () => {
  it('records offline work as a free, succeeded task of the template provider', async () => {
    const { deps, tasks } = setup([]);
    const id = await recordTemplateTask(deps, { agent: 'content.generate', organizationId: 'org-1', brandId: null, userId: 'user-1', system: 's', user: 'u', output: 'text', latencyMs: 1.6 });
    expect(id).toBe('task-1');
    expect(tasks[0]).toMatchObject({ provider: 'template', status: 'succeeded', costUsd: 0, tokensIn: null, latencyMs: 2, output: 'text' });
  });
});

describe('backoffDelayMs', () => {
  it('doubles per retry and jitters within the upper half', () => {
    expect([backoffDelayMs(1, 0), backoffDelayMs(1, 0.999)]).toEqual([250, 500]);
    expect([backoffDelayMs(2, 0), backoffDelayMs(2, 0.999)]).toEqual([500, 1000]);
  });
});
