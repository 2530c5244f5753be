import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runProviderChain, type ChainRequest } from '@socialseed/core/ai/provider-chain';
import { startFakeAnthropic, type FakeAnthropic } from '@socialseed/testkit/fakes/ai/fake-anthropic';
import { startFakeOpenAiCompatible, type FakeOpenAiCompatible } from '@socialseed/testkit/fakes/ai/fake-openai-compatible';
import { createTestApp, type TestApp } from '../testing/test-app';
import { authHeaders, registerUser, type RegisteredUser } from '../testing/api-helpers';

/**
 * The chain end to end: providers built from the environment, the real AI SDK talking HTTP to
 * the fakes, every call recorded in PostgreSQL and visible through the API.
 */
let t: TestApp;
let deepseek: FakeOpenAiCompatible;
let groq: FakeOpenAiCompatible;
let anthropic: FakeAnthropic;
const sleeps: number[] = [];

beforeAll(async () => {
  deepseek = await startFakeOpenAiCompatible({ apiKey: 'ds-key' });
  groq = await startFakeOpenAiCompatible({ apiKey: 'gq-key' });
  anthropic = await startFakeAnthropic({ apiKey: 'an-key' });
  t = await createTestApp({
    DEEPSEEK_API_KEY: 'ds-key',
    DEEPSEEK_BASE_URL: deepseek.baseUrl,
    GROQ_API_KEY: 'gq-key',
    GROQ_BASE_URL: groq.baseUrl,
    ANTHROPIC_API_KEY: 'an-key',
    ANTHROPIC_BASE_URL: anthropic.baseUrl,
    AI_TIMEOUT_MS: '250',
    AI_PRICES: JSON.stringify({ 'groq/llama-3.3-70b-versatile': { inputPerMillion: 1, outputPerMillion: 2 } }),
  });
  // Backoff waits are recorded instead of slept, so the test neither waits nor depends on timing.
  t.context.core.textGeneration.sleep = async (ms) => void sleeps.push(ms);
});
afterAll(async () => {
  await t.close();
  await Promise.all([deepseek.close(), groq.close(), anthropic.close()]);
});

let owner: RegisteredUser;
beforeEach(async () => {
  // A fresh organization per test: its own task history and budget.
  owner = await registerUser(t.app);
  for (const fake of [deepseek, groq, anthropic]) fake.reset();
  sleeps.length = 0;
});
afterEach(() => {
  for (const fake of [deepseek, groq, anthropic]) expect(fake.violations).toEqual([]);
});

const schema = { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'], additionalProperties: false };

function ask(): ChainRequest<string> {
  return {
    agent: 'content.generate',
    organizationId: owner.organizationId,
    brandId: null,
    userId: owner.user.id,
    system: 'You answer in JSON.',
    user: 'Say hello.',
    jsonSchema: schema,
    maxOutputTokens: 100,
    temperature: 0.5,
    parse(text) {
      const value = JSON.parse(text) as { answer?: unknown };
      if (typeof value.answer !== 'string') throw new Error('no answer field');
      return value.answer;
    },
  };
}

async function tasks() {
  const response = await t.app.inject({ method: 'GET', url: '/api/v1/ai-agents/tasks?limit=100', headers: authHeaders(owner.accessToken) });
  expect(response.statusCode, response.body).toBe(200);
  const items = (response.json() as { items: Array<{ provider: string; status: string; error: string | null; costUsd: number | null; tokensIn: number | null; tokensOut: number | null }> }).items;
  return items.reverse(); // oldest first
}

const answer = (text: string, tokensIn = 1000, tokensOut = 500) => ({ kind: 'json' as const, value: { answer: text }, tokensIn, tokensOut });

describe('provider chain over the real AI SDK and the fakes', () => {
  it('lists the configured providers in the default order', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/ai-agents', headers: authHeaders(owner.accessToken) });
    expect(response.json()).toMatchObject({
      tier: 'provider',
      providers: [
        { name: 'deepseek', model: 'deepseek-chat' },
        { name: 'groq', model: 'llama-3.3-70b-versatile' },
        { name: 'anthropic', model: 'claude-haiku-4-5' },
      ],
    });
  });

  it('answers from the first provider and records tokens and cost from the price table', async () => {
    deepseek.script(answer('hello', 1_000_000, 100_000));
    const result = await runProviderChain(t.context.core, ask());
    expect(result).toMatchObject({ ok: true, value: 'hello', provider: 'deepseek', model: 'deepseek-chat' });
    expect(groq.requests).toHaveLength(0);
    const [task] = await tasks();
    // Built-in estimate for deepseek-chat: $0.28 in, $0.42 out per million.
    expect(task).toMatchObject({ provider: 'deepseek', status: 'succeeded', tokensIn: 1_000_000, tokensOut: 100_000 });
    expect(task?.costUsd).toBeCloseTo(0.28 + 0.042, 9);
  });

  it('falls through on 500 after two retries with backoff, then succeeds on the next provider', async () => {
    deepseek.script({ kind: 'status', status: 500 }, { kind: 'status', status: 502 }, { kind: 'status', status: 503 });
    groq.script(answer('from groq', 2000, 1000));
    const result = await runProviderChain(t.context.core, ask());
    expect(result).toMatchObject({ ok: true, value: 'from groq', provider: 'groq' });
    expect(deepseek.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]).toBeGreaterThan(sleeps[0] ?? Infinity);
    const recorded = await tasks();
    expect(recorded.map((task) => `${task.provider}:${task.status}`)).toEqual(['deepseek:failed', 'deepseek:failed', 'deepseek:failed', 'groq:succeeded']);
    expect(recorded[0]?.error).toContain('HTTP 500');
    // AI_PRICES overrides groq: 2000 × $1/M + 1000 × $2/M
    expect(recorded[3]?.costUsd).toBeCloseTo(0.004, 9);
  });

  it('falls through on a timeout', async () => {
    deepseek.script({ kind: 'hang' }, { kind: 'hang' }, { kind: 'hang' });
    groq.script(answer('after the timeout'));
    expect(await runProviderChain(t.context.core, ask())).toMatchObject({ ok: true, provider: 'groq' });
    const recorded = await tasks();
    expect(recorded.slice(0, 3).map((task) => task.error)).toEqual(['timed out after 250 ms', 'timed out after 250 ms', 'timed out after 250 ms']);
  });

  it('retries malformed JSON once on the same provider, then falls through', async () => {
    deepseek.script({ kind: 'malformed', tokensIn: 40, tokensOut: 12 }, { kind: 'text', text: 'Sure! Here is your JSON.' });
    groq.script(answer('well-formed'));
    expect(await runProviderChain(t.context.core, ask())).toMatchObject({ ok: true, value: 'well-formed', provider: 'groq' });
    expect(deepseek.requests).toHaveLength(2);
    expect(sleeps).toEqual([]);
    const [first] = await tasks();
    expect(first).toMatchObject({ status: 'failed', tokensIn: 40, tokensOut: 12 });
    expect(first?.error).toMatch(/^malformed output/);
    // DeepSeek takes no schema: it went into the prompt, with JSON mode on.
    expect(deepseek.requests[0]?.body).toMatchObject({ response_format: { type: 'json_object' } });
  });

  it('falls through a permanent 401 without retrying, and reaches Anthropic last', async () => {
    deepseek.script({ kind: 'status', status: 401, message: 'invalid key' });
    groq.script({ kind: 'status', status: 429 }, { kind: 'status', status: 500 }, { kind: 'status', status: 500 });
    anthropic.script(answer('from claude', 300, 20));
    expect(await runProviderChain(t.context.core, ask())).toMatchObject({ ok: true, value: 'from claude', provider: 'anthropic', model: 'claude-haiku-4-5' });
    expect(deepseek.requests).toHaveLength(1);
    expect(groq.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2); // groq's two retries only
    const recorded = await tasks();
    expect(recorded.map((task) => task.provider)).toEqual(['deepseek', 'groq', 'groq', 'groq', 'anthropic']);
    expect(recorded[4]?.costUsd).toBeCloseTo((300 * 1 + 20 * 5) / 1e6, 12);
  });

  it('reports failure when every provider fails, each call recorded', async () => {
    deepseek.script({ kind: 'status', status: 400 });
    groq.script({ kind: 'status', status: 403 });
    anthropic.script({ kind: 'status', status: 404 });
    expect(await runProviderChain(t.context.core, ask())).toEqual({ ok: false, reason: 'failed' });
    expect((await tasks()).map((task) => task.status)).toEqual(['failed', 'failed', 'failed']);
  });

  it('stops calling providers once the monthly USD budget is spent', async () => {
    const put = await t.app.inject({ method: 'PUT', url: '/api/v1/ai-agents/settings', headers: authHeaders(owner.accessToken), payload: { monthlyBudgetUsd: 0.3 } });
    expect(put.statusCode, put.body).toBe(200);
    deepseek.script(answer('spends $0.322', 1_000_000, 100_000));
    expect(await runProviderChain(t.context.core, ask())).toMatchObject({ ok: true });
    expect(await runProviderChain(t.context.core, ask())).toEqual({ ok: false, reason: 'budget' });
    expect(deepseek.requests).toHaveLength(1);
    expect(groq.requests).toHaveLength(0);
    const overview = await t.app.inject({ method: 'GET', url: '/api/v1/ai-agents', headers: authHeaders(owner.accessToken) });
    expect(overview.json().budget).toMatchObject({ monthlyBudgetUsd: 0.3, usedTokens: 1_100_000 });
    expect(overview.json().budget.spentUsd).toBeCloseTo(0.322, 9);
  });

  it('stops calling providers once the monthly token budget is used, even before a retry', async () => {
    await t.app.inject({ method: 'PUT', url: '/api/v1/ai-agents/settings', headers: authHeaders(owner.accessToken), payload: { monthlyTokenBudget: 1000 } });
    deepseek.script({ kind: 'malformed', tokensIn: 900, tokensOut: 200 });
    expect(await runProviderChain(t.context.core, ask())).toEqual({ ok: false, reason: 'budget' });
    expect(deepseek.requests).toHaveLength(1);
    expect(groq.requests).toHaveLength(0);
  });
});
