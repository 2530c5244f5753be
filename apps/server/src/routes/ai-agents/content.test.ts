import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAiCompatible, type FakeOpenAiCompatible } from '@socialseed/testkit/fakes/ai/fake-openai-compatible';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { connectSandboxAccount } from '../../testing/fixtures';

/** A brand the studio can write for: tone, pillars and voice samples. */
async function voicedBrand(t: TestApp, owner: RegisteredUser): Promise<string> {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/brands',
    headers: authHeaders(owner.accessToken, owner.organizationId),
    payload: {
      name: 'Ledgerly',
      industry: 'fintech',
      tone: 'educational',
      pillars: ['Open banking for small businesses', 'Cash flow tips'],
      voiceSamples: ['Cash flow is a habit.', 'Small shops deserve big-bank tools.', 'Read the fine print, then read it again.', 'Invoices paid on time change everything.', 'Banking should be boring, in a good way.'],
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().brand.id as string;
}

const generate = (t: TestApp, owner: RegisteredUser, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/ai-agents/content/generate', headers: authHeaders(owner.accessToken, owner.organizationId), payload });

interface Variant {
  text: string;
  length: number;
  limit: number;
  valid: boolean;
  tier: string;
  provider: string;
  taskId: string | null;
  quality: { score: number; parts: Record<string, number> };
  safety: { safe: boolean; flags: Array<{ category: string; term: string | null }> };
}

describe('the studio without any AI provider (offline template tier)', () => {
  let t: TestApp;
  let owner: RegisteredUser;
  let brandId: string;
  beforeAll(async () => {
    t = await createTestApp();
    owner = await registerUser(t.app);
    brandId = await voicedBrand(t, owner);
  });
  afterAll(async () => t?.close());

  it('writes three labelled template variants within the platform limit, scored, and records the task', async () => {
    const response = await generate(t, owner, { brandId, platform: 'x', format: 'single', topic: 'instant payouts' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { tier: string; notice: string; variants: Variant[] };
    expect(body.tier).toBe('template');
    expect(body.notice).toMatch(/No AI provider is configured/);
    expect(body.variants).toHaveLength(3);
    expect(new Set(body.variants.map((variant) => variant.text)).size).toBe(3);
    for (const variant of body.variants) {
      expect(variant).toMatchObject({ tier: 'template', provider: 'template', valid: true, safety: { safe: true } });
      expect(variant.length).toBeLessThanOrEqual(variant.limit);
      expect(variant.text.toLowerCase()).toContain('instant payouts');
      expect(variant.quality.score).toBeGreaterThan(0);
      expect(variant.quality.score).toBeLessThanOrEqual(1);
    }
    const tasks = await t.app.inject({ method: 'GET', url: '/api/v1/ai-agents/tasks', headers: authHeaders(owner.accessToken, owner.organizationId) });
    expect(tasks.json().items[0]).toMatchObject({ agent: 'content.generate', provider: 'template', status: 'succeeded', id: body.variants[0]?.taskId });
  });

  it('writes variants for several platforms at once, each within its own limit', async () => {
    const response = await generate(t, owner, { brandId, platforms: ['x', 'mastodon'], format: 'single', topic: 'invoice reminders', count: 2 });
    expect(response.statusCode, response.body).toBe(200);
    const variants = response.json().variants as Array<Variant & { platform: string }>;
    expect(variants.map((variant) => variant.platform)).toEqual(['x', 'x', 'mastodon', 'mastodon']);
    expect(variants.map((variant) => variant.limit)).toEqual([280, 280, 500, 500]);
    for (const variant of variants) expect(variant.length).toBeLessThanOrEqual(variant.limit);
    expectFieldError(await generate(t, owner, { brandId, platform: 'x', platforms: ['x'], format: 'single', topic: 'x' }), 400, 'platform');
    expectFieldError(await generate(t, owner, { brandId, format: 'single', topic: 'x' }), 400, 'platform');
    expectFieldError(await generate(t, owner, { brandId, platforms: ['x', 'x'], format: 'single', topic: 'x' }), 400, 'platforms');
  });

  it("flags a variant that uses one of the brand's banned words, with the reason, instead of dropping it", async () => {
    const lists = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/brands/${brandId}/safety-lists`,
      headers: authHeaders(owner.accessToken, owner.organizationId),
      payload: { bannedWords: ['payouts'], sensitiveTopics: [] },
    });
    expect(lists.statusCode).toBe(200);
    const body = (await generate(t, owner, { brandId, platform: 'bluesky', format: 'single', topic: 'instant payouts', count: 1 })).json() as { variants: Variant[] };
    expect(body.variants).toHaveLength(1);
    expect(body.variants[0]?.safety.safe).toBe(false);
    expect(body.variants[0]?.safety.flags).toContainEqual(expect.objectContaining({ category: 'banned_word', term: 'payouts' }));
    await t.app.inject({ method: 'PUT', url: `/api/v1/brands/${brandId}/safety-lists`, headers: authHeaders(owner.accessToken, owner.organizationId), payload: { bannedWords: [], sensitiveTopics: [] } });
  });

  it('saves a variant as a post with its provenance; submitted, the threshold decides approved or pending', async () => {
    const { accountId } = await connectSandboxAccount(t.app, owner, brandId);
    const [variant] = (await generate(t, owner, { brandId, platform: 'sandbox', format: 'single', topic: 'open banking', count: 1 })).json().variants as Variant[];
    if (!variant) throw new Error('no variant');
    const provenance = { tier: 'template', provider: 'template', model: 'offline-templates-v1', taskId: variant.taskId };
    const save = (submit: boolean) =>
      t.app.inject({ method: 'POST', url: '/api/v1/ai-agents/content/save', headers: authHeaders(owner.accessToken, owner.organizationId), payload: { brandId, text: variant.text, accountIds: [accountId], provenance, submit } });
    const setThreshold = (value: number) =>
      t.app.inject({ method: 'PUT', url: '/api/v1/ai-agents/settings', headers: authHeaders(owner.accessToken, owner.organizationId), payload: { autoApproveThreshold: value } });

    const draft = await save(false);
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json().post).toMatchObject({ status: 'draft', provenance, tags: ['ai'] });

    expect((await setThreshold(0.05)).statusCode).toBe(200);
    const approved = await save(true);
    expect(approved.json()).toMatchObject({ autoApproved: true, post: { status: 'approved' } });

    expect((await setThreshold(1)).statusCode).toBe(200);
    const pending = await save(true);
    // The owner could approve their own post, but copy below the threshold is left for a person to look at.
    expect(pending.json()).toMatchObject({ autoApproved: false, post: { status: 'pending_approval' } });
  });

  it('improves a text offline and answers a repeated request from the cache', async () => {
    const improve = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/ai-agents/content/improve',
        headers: authHeaders(owner.accessToken, owner.organizationId),
        payload: { brandId, platform: 'x', text: 'this is is a  great   day for for banking', operation: 'fix' },
      });
    const first = await improve();
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ tier: 'template', cached: false });
    expect(first.json().text).toBe('This is a great day for banking');
    expect((await improve()).json()).toMatchObject({ text: first.json().text, cached: true });
  });

  it('suggests hashtags in the brand’s terms', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/ai-agents/hashtags/suggest',
      headers: authHeaders(owner.accessToken, owner.organizationId),
      payload: { brandId, platform: 'x', text: 'How small shops can get paid faster', count: 3 },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().hashtags.length).toBeGreaterThan(0);
    expect(response.json().hashtags.length).toBeLessThanOrEqual(3);
  });

  it('names the field of bad input: unknown brand, empty topic, unsupported platform or format', async () => {
    const cases: Array<[object, string]> = [
      [{ brandId: '00000000-0000-4000-8000-000000000000', platform: 'x', format: 'single', topic: 'x' }, 'brandId'],
      [{ brandId, platform: 'x', format: 'single', topic: '  ' }, 'topic'],
      [{ brandId, platform: 'myspace', format: 'single', topic: 'x' }, 'platform'],
      [{ brandId, platform: 'x', format: 'billboard', topic: 'x' }, 'format'],
    ];
    for (const [payload, field] of cases) {
      const response = await generate(t, owner, payload);
      expect(response.statusCode, field).toBe(400);
      expect(response.body).toContain(field);
    }
  });
});

describe('the studio with an OpenAI-compatible provider', () => {
  let t: TestApp;
  let owner: RegisteredUser;
  let brandId: string;
  let provider: FakeOpenAiCompatible;
  beforeAll(async () => {
    provider = await startFakeOpenAiCompatible({ apiKey: 'studio-key' });
    t = await createTestApp({ OPENAI_API_KEY: 'studio-key', OPENAI_BASE_URL: provider.baseUrl, AI_TIMEOUT_MS: '2000' });
    owner = await registerUser(t.app);
    brandId = await voicedBrand(t, owner);
  });
  afterAll(async () => {
    await t?.close();
    await provider?.close();
  });

  const variants = (...texts: string[]) => ({ kind: 'json' as const, value: { variants: texts.map((text) => ({ text, hashtags: ['OpenBanking'] })) }, tokensIn: 900, tokensOut: 300 });

  it("uses the provider's variants, labelled with it, and writes an unsafe one again", async () => {
    provider.script(
      variants('Open banking lets a bakery see every account in one place.', 'Open banking is a massacre for old banks.', 'Three ways open banking saves small shops an hour a week.'),
      variants('Open banking turns five bank logins into one dashboard.'),
    );
    const response = await generate(t, owner, { brandId, platform: 'x', format: 'single', topic: 'open banking' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { tier: string; notice: string | null; variants: Variant[] };
    expect(body).toMatchObject({ tier: 'provider', notice: null });
    expect(body.variants.map((variant) => variant.provider)).toEqual(['openai', 'openai', 'openai']);
    expect(body.variants.map((variant) => variant.safety.safe)).toEqual([true, true, true]);
    expect(body.variants[1]?.text).toContain('five bank logins');
    expect(body.variants[0]?.text).toContain('#OpenBanking');
    expect(provider.violations).toEqual([]);
  });

  it('falls back to the template writer, saying so, when the provider fails', async () => {
    provider.script({ kind: 'status', status: 500 }, { kind: 'status', status: 500 }, { kind: 'status', status: 500 });
    t.context.core.textGeneration.sleep = async () => undefined;
    const body = (await generate(t, owner, { brandId, platform: 'mastodon', format: 'thread', topic: 'cash flow', count: 2 })).json() as { tier: string; notice: string; variants: Variant[] };
    expect(body.tier).toBe('template');
    expect(body.notice).toMatch(/did not answer/);
    expect(body.variants).toHaveLength(2);
  });
});
