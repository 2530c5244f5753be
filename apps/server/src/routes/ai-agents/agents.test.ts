import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { addMember } from '../../testing/fixtures';
import { recordAiTask } from '../../testing/ai-fixtures';

let t: TestApp;
let owner: RegisteredUser;
beforeAll(async () => {
  t = await createTestApp(); // no AI keys: the template tier
  owner = await registerUser(t.app);
});
afterAll(async () => t.close());

const get = (url: string, user = owner) => t.app.inject({ method: 'GET', url, headers: authHeaders(user.accessToken, user.organizationId) });
const putSettings = (payload: object, user = owner) => t.app.inject({ method: 'PUT', url: '/api/v1/ai-agents/settings', headers: authHeaders(user.accessToken, user.organizationId), payload });

describe('GET /ai-agents', () => {
  it('without keys says the template tier answers, lists the studio agents, and shows defaults', async () => {
    const response = await get('/api/v1/ai-agents');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      tier: 'template',
      providers: [],
      budget: { monthlyBudgetUsd: null, spentUsd: 0, monthlyTokenBudget: null, usedTokens: 0 },
      autoApproveThreshold: 0.9,
    });
    expect(body.agents.map((agent: { name: string }) => agent.name)).toEqual(['content.generate', 'content.improve', 'hashtags.suggest', 'graphics.render']);
  });

  it("counts this month's spending only", async () => {
    const user = await registerUser(t.app);
    await recordAiTask(t, user.organizationId, { costUsd: 0.25, tokensIn: 1000, tokensOut: 500 });
    await recordAiTask(t, user.organizationId, { costUsd: null, tokensIn: null, tokensOut: null, status: 'failed', error: 'HTTP 500' });
    await recordAiTask(t, user.organizationId, { costUsd: 9, tokensIn: 9, tokensOut: 9, createdAt: new Date(Date.now() - 62 * 86_400_000) });
    expect((await get('/api/v1/ai-agents', user)).json().budget).toEqual({ monthlyBudgetUsd: null, spentUsd: 0.25, monthlyTokenBudget: null, usedTokens: 1500 });
  });
});

describe('GET /ai-agents/tasks and /tasks/:id', () => {
  it('lists tasks newest first with filters and pagination, and shows one with prompt and output', async () => {
    const user = await registerUser(t.app);
    const old = await recordAiTask(t, user.organizationId, { agent: 'content.improve', createdAt: new Date(Date.now() - 60_000) });
    const failed = await recordAiTask(t, user.organizationId, { status: 'failed', error: 'timed out after 30000 ms', output: null, costUsd: null });
    const newest = await recordAiTask(t, user.organizationId, { provider: 'template', model: 'offline-templates', costUsd: 0 });

    const page = (await get('/api/v1/ai-agents/tasks?limit=2', user)).json();
    expect(page).toMatchObject({ page: 1, limit: 2, total: 3 });
    expect(page.items.map((task: { id: string }) => task.id)).toEqual([newest.id, failed.id]);
    expect(page.items[0]).not.toHaveProperty('prompt');
    expect((await get('/api/v1/ai-agents/tasks?page=2&limit=2', user)).json().items.map((task: { id: string }) => task.id)).toEqual([old.id]);
    expect((await get('/api/v1/ai-agents/tasks?status=failed', user)).json().items).toEqual([
      expect.objectContaining({ id: failed.id, status: 'failed', error: 'timed out after 30000 ms', costUsd: null }),
    ]);
    expect((await get('/api/v1/ai-agents/tasks?agent=content.improve', user)).json().total).toBe(1);

    const detail = await get(`/api/v1/ai-agents/tasks/${old.id}`, user);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().task).toMatchObject({ id: old.id, agent: 'content.improve', prompt: { system: 'You write posts.', user: 'About tea.' }, output: '{"variants":[]}', tokensIn: 100 });
  });

  it('answers 404 for an unknown task and 400 naming status for an unknown status', async () => {
    expect((await get('/api/v1/ai-agents/tasks/00000000-0000-4000-8000-00000000abcd')).statusCode).toBe(404);
    expectFieldError(await get('/api/v1/ai-agents/tasks?status=pending'), 400, 'status');
  });

  it('lets a viewer read the history', async () => {
    const viewer = await addMember(t, owner, 'viewer');
    expect((await get('/api/v1/ai-agents/tasks', { ...viewer, organizationId: owner.organizationId })).statusCode).toBe(200);
  });
});

describe('GET /ai-agents/usage', () => {
  it('sums calls, failures, tokens and cost per provider and model in the range', async () => {
    const user = await registerUser(t.app);
    await recordAiTask(t, user.organizationId, { costUsd: 0.5, tokensIn: 100, tokensOut: 10 });
    await recordAiTask(t, user.organizationId, { costUsd: null, tokensIn: null, tokensOut: null, status: 'failed' });
    await recordAiTask(t, user.organizationId, { provider: 'anthropic', model: 'claude-haiku-4-5', costUsd: 0.25, tokensIn: 7, tokensOut: 3 });
    await recordAiTask(t, user.organizationId, { createdAt: new Date('2020-01-15T00:00:00Z'), costUsd: 100 });

    const usage = (await get('/api/v1/ai-agents/usage', user)).json();
    expect(usage.byProvider).toEqual([
      { provider: 'anthropic', model: 'claude-haiku-4-5', tasks: 1, failed: 0, tokensIn: 7, tokensOut: 3, costUsd: 0.25 },
      { provider: 'deepseek', model: 'deepseek-chat', tasks: 2, failed: 1, tokensIn: 100, tokensOut: 10, costUsd: 0.5 },
    ]);
    const january = (await get('/api/v1/ai-agents/usage?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z', user)).json();
    expect(january.byProvider).toEqual([{ provider: 'deepseek', model: 'deepseek-chat', tasks: 1, failed: 0, tokensIn: 100, tokensOut: 50, costUsd: 100 }]);
  });

  it('names the field of a bad range', async () => {
    expectFieldError(await get('/api/v1/ai-agents/usage?from=yesterday'), 400, 'from');
    expectFieldError(await get('/api/v1/ai-agents/usage?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z'), 400, 'to');
  });
});

describe('PUT /ai-agents/settings', () => {
  it('saves a partial update, keeps the rest, clears a cap with null, and audits it', async () => {
    const user = await registerUser(t.app);
    const first = await putSettings({ autoApproveThreshold: 0.75, monthlyBudgetUsd: 20 }, user);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ settings: { autoApproveThreshold: 0.75, monthlyBudgetUsd: 20, monthlyTokenBudget: null } });
    const second = await putSettings({ monthlyTokenBudget: 500_000, monthlyBudgetUsd: null }, user);
    expect(second.json()).toEqual({ settings: { autoApproveThreshold: 0.75, monthlyBudgetUsd: null, monthlyTokenBudget: 500_000 } });
    expect((await get('/api/v1/ai-agents', user)).json()).toMatchObject({ autoApproveThreshold: 0.75, budget: { monthlyBudgetUsd: null, monthlyTokenBudget: 500_000 } });
    const audit = (await get('/api/v1/admin/audit-logs?action=ai_settings.updated', user)).json();
    expect(audit.total).toBe(2);
    // The audit redactor hides every key that mentions "token", budgets included (it errs on the safe side).
    expect(audit.items[0].oldValues).toMatchObject({ autoApproveThreshold: 0.75, monthlyBudgetUsd: 20 });
    expect(audit.items[0].newValues).toMatchObject({ autoApproveThreshold: 0.75, monthlyBudgetUsd: null });
  });

  it('is for owners and admins only', async () => {
    const manager = await addMember(t, owner, 'manager');
    const admin = await addMember(t, owner, 'admin');
    expect((await putSettings({ autoApproveThreshold: 0.5 }, { ...manager, organizationId: owner.organizationId })).statusCode).toBe(403);
    expect((await putSettings({ autoApproveThreshold: 0.5 }, { ...admin, organizationId: owner.organizationId })).statusCode).toBe(200);
  });

  it('refuses out-of-range and unknown fields, naming them', async () => {
    expectFieldError(await putSettings({ autoApproveThreshold: -0.1 }), 400, 'autoApproveThreshold');
    expectFieldError(await putSettings({ monthlyBudgetUsd: -5 }), 400, 'monthlyBudgetUsd');
    expectFieldError(await putSettings({ monthlyTokenBudget: 1.5 }), 400, 'monthlyTokenBudget');
    expectFieldError(await putSettings({ monthlyBudget: 5 }), 400, 'monthlyBudget');
  });
});
