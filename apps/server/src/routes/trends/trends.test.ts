import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshTrends } from '@socialseed/core/trends/refresh-trends';
import { trendScoreWeights } from '@socialseed/core/trends/scoring/trend-score';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { createBrand } from '../../testing/fixtures';

let t: TestApp;
let owner: RegisteredUser;
let brandId: string;

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: authHeaders(owner.accessToken) });
const post = (url: string, payload?: object) => t.app.inject({ method: 'POST', url, headers: authHeaders(owner.accessToken), ...(payload ? { payload } : {}) });
const put = (url: string, payload: object) => t.app.inject({ method: 'PUT', url, headers: authHeaders(owner.accessToken), payload });

beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app);
  brandId = await createBrand(t.app, owner, 'Ledgerly');
  const updated = await put(`/api/v1/brands/${brandId}`, { industry: 'fintech', pillars: ['open banking', 'small business payments', 'fraud prevention'] });
  expect(updated.statusCode, updated.body).toBe(200);
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('trend settings', () => {
  it('starts from the defaults and lists which sources this installation can use', async () => {
    const response = await get(`/api/v1/brands/${brandId}/trend-settings`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.settings).toMatchObject({ subreddits: [], queries: [], feeds: [], geo: 'US' });
    expect(body.settings.sources.sandbox).toBe(true);
    const available = Object.fromEntries(body.available.map((source: { id: string; configured: boolean }) => [source.id, source.configured]));
    // Tests run offline: only the Sandbox is configured (public sources off, no keys).
    expect(available).toMatchObject({ sandbox: true, reddit: false, newsapi: false, hackernews: false, x: false });
  });

  it('saves normalised settings and names the bad field', async () => {
    const saved = await put(`/api/v1/brands/${brandId}/trend-settings`, { subreddits: ['r/fintech', 'fintech'], queries: ['open banking'], geo: 'gb', sources: { hackernews: false } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().settings).toMatchObject({ subreddits: ['fintech'], queries: ['open banking'], geo: 'GB', sources: { hackernews: false, sandbox: true } });
    expectFieldError(await put(`/api/v1/brands/${brandId}/trend-settings`, { subreddits: ['no spaces allowed'] }), 400, 'subreddits.0');
    expectFieldError(await put(`/api/v1/brands/${brandId}/trend-settings`, { geo: 'Britain' }), 400, 'geo');
    expectFieldError(await put(`/api/v1/brands/${brandId}/trend-settings`, { sources: { myspace: true } }), 400, 'sources.myspace');
    await put(`/api/v1/brands/${brandId}/trend-settings`, { geo: 'US' });
  });
});

describe('a refresh, end to end with the Sandbox source', () => {
  let runId: string;

  it('queues a forced run for a worker, once while it waits', async () => {
    const first = await post('/api/v1/ai-agents/trends/analyze');
    expect(first.statusCode, first.body).toBe(202);
    expect(first.json()).toMatchObject({ alreadyRunning: false, run: { status: 'queued', forced: true } });
    runId = first.json().run.id;
    expect(t.writtenJobs.filter((job) => job.name === 'trends.refresh').map((job) => job.data)).toEqual([{ organizationId: owner.organizationId, runId, forced: true }]);
    const again = await post('/api/v1/ai-agents/trends/analyze');
    expect(again.json()).toMatchObject({ alreadyRunning: true, run: { id: runId } });
  });

  it('runs: stores Sandbox trends, reports every source, and ranks them for the brand', async () => {
    const outcome = await refreshTrends(t.context.core, { organizationId: owner.organizationId, runId, forced: true });
    expect(outcome.status).toBe('succeeded');
    const run = (await get('/api/v1/ai-agents/trends/runs/latest')).json().run;
    expect(run).toMatchObject({ id: runId, status: 'succeeded' });
    const reports = Object.fromEntries(run.summary.sources.map((report: { source: string; status: string }) => [report.source, report.status]));
    expect(reports).toMatchObject({ sandbox: 'ok', reddit: 'not_configured', hackernews: 'not_configured' });
    expect(run.summary.trends.created).toBeGreaterThan(5);

    const view = (await get(`/api/v1/brands/${brandId}/trends`)).json();
    expect(view.embeddingModel).toBe('lexical-v1');
    expect(view.weights).toEqual(trendScoreWeights);
    const ranked = [...view.recommended, ...view.watchlist];
    expect(ranked.length).toBeGreaterThan(0);
    expect(view.recommended.length).toBeLessThanOrEqual(5);
    expect(view.watchlist.length).toBeLessThanOrEqual(5);
    for (const entry of ranked) {
      const { relevance, opportunity, format, rl, final } = entry.score;
      expect(final).toBeCloseTo(0.35 * relevance + 0.35 * opportunity + 0.2 * format + 0.1 * rl, 6);
      expect(relevance).toBeGreaterThan(0.3);
      expect(opportunity).toBeGreaterThan(0.3);
      expect(entry.score.decision).toBe(final > 0.5 ? 'recommended' : 'watchlist');
      expect(entry.trend.sources).toContain('sandbox');
      expect(entry.score.reason.length).toBeGreaterThan(10);
    }
    expect(view.recommended.map((entry: { score: { rank: number } }) => entry.score.rank)).toEqual(view.recommended.map((_: unknown, index: number) => index + 1));
    const finals = view.recommended.map((entry: { score: { final: number } }) => entry.score.final);
    expect(finals).toEqual([...finals].sort((a, b) => b - a));
    expect(ranked.some((entry: { score: { matchedPillar: string | null } }) => entry.score.matchedPillar !== null)).toBe(true);
  });

  it('lists the organization’s trends with filters, and one trend with its reports', async () => {
    const page = (await get('/api/v1/analytics/trends?source=sandbox&sort=momentum&limit=5')).json();
    expect(page.total).toBeGreaterThan(5);
    expect(page.items).toHaveLength(5);
    const momenta = page.items.map((trend: { momentum: number }) => trend.momentum);
    expect(momenta).toEqual([...momenta].sort((a, b) => b - a));
    expect((await get('/api/v1/analytics/trends?source=reddit')).json().total).toBe(0);
    const detail = (await get(`/api/v1/analytics/trends/${page.items[0].id}`)).json().trend;
    expect(detail.members.length).toBeGreaterThan(0);
    expect(detail.members[0].source).toBe('sandbox');
    expectFieldError(await get('/api/v1/analytics/trends?sort=hottest'), 400, 'sort');
    expectFieldError(await get('/api/v1/analytics/trends?category=sports'), 400, 'category');
  });

  it('skips a scheduled run while the last one is fresh, and refreshes after the interval with momentum', async () => {
    const skipped = await refreshTrends(t.context.core, { organizationId: owner.organizationId, runId: null, forced: false });
    expect(skipped.status).toBe('skipped');
    const before = (await get('/api/v1/analytics/trends?source=sandbox&limit=100')).json().items as Array<{ id: string; history: unknown[] }>;

    t.clock.advance(6 * 3_600_000 + 60_000);
    const later = await refreshTrends(t.context.core, { organizationId: owner.organizationId, runId: null, forced: false });
    expect(later.status).toBe('succeeded');
    const after = (await get('/api/v1/analytics/trends?source=sandbox&limit=100')).json().items as Array<{ id: string; history: unknown[]; momentum: number }>;
    // Topics the Sandbox still reports join their stored trend: a second snapshot, not a new trend.
    const continued = after.filter((trend) => before.some((earlier) => earlier.id === trend.id) && trend.history.length === 2);
    expect(continued.length).toBeGreaterThan(0);
    expect(continued.some((trend) => trend.momentum !== 0)).toBe(true);
  });

  it('lets only one of two simultaneous runs of an organization work', async () => {
    t.clock.advance(3 * 3_600_000);
    const outcomes = await Promise.all([
      refreshTrends(t.context.core, { organizationId: owner.organizationId, runId: null, forced: true }),
      refreshTrends(t.context.core, { organizationId: owner.organizationId, runId: null, forced: true }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['skipped', 'succeeded']);
  });

  it('dismissing hides the trend from the brand and lowers its category', async () => {
    const view = (await get(`/api/v1/brands/${brandId}/trends`)).json();
    const victim = [...view.recommended, ...view.watchlist][0];
    const dismissed = await post(`/api/v1/brands/${brandId}/trends/${victim.trend.id}/dismiss`);
    expect(dismissed.statusCode).toBe(204);
    const ids = (body: { recommended: Array<{ trend: { id: string } }>; watchlist: Array<{ trend: { id: string } }> }) => [...body.recommended, ...body.watchlist].map((entry) => entry.trend.id);
    expect(ids((await get(`/api/v1/brands/${brandId}/trends`)).json())).not.toContain(victim.trend.id);

    await refreshTrends(t.context.core, { organizationId: owner.organizationId, runId: null, forced: true });
    const rescored = (await get(`/api/v1/brands/${brandId}/trends`)).json();
    expect(ids(rescored)).not.toContain(victim.trend.id);
    const sameCategory = [...rescored.recommended, ...rescored.watchlist].filter((entry) => entry.trend.category === victim.trend.category);
    for (const entry of sameCategory) expect(entry.score.rl).toBeLessThan(0.5);
    expect((await post(`/api/v1/brands/${brandId}/trends/00000000-0000-4000-8000-000000000009/dismiss`)).statusCode).toBe(404);
  });

  it('writes posts from a trend in the studio (title as topic, summary and link as context)', async () => {
    const view = (await get(`/api/v1/brands/${brandId}/trends`)).json();
    const trend = [...view.recommended, ...view.watchlist][0].trend;
    const generated = await post('/api/v1/ai-agents/content/generate', { brandId, platform: 'sandbox', format: 'single', trendId: trend.id, count: 1 });
    expect(generated.statusCode, generated.body).toBe(200);
    const [variant] = generated.json().variants;
    const keyWord = trend.title.split(/\s+/).find((word: string) => word.length > 5)!.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    expect(variant.text.toLowerCase()).toContain(keyWord);
    expectFieldError(await post('/api/v1/ai-agents/content/generate', { brandId, platform: 'sandbox', format: 'single', trendId: '00000000-0000-4000-8000-000000000009' }), 400, 'trendId');
    expectFieldError(await post('/api/v1/ai-agents/content/generate', { brandId, platform: 'sandbox', format: 'single' }), 400, 'topic');
  });

  it('expires trends 30 days after they were last seen, and forgets old runs with them', async () => {
    const before = (await get('/api/v1/analytics/trends?limit=100')).json().items as Array<{ id: string }>;
    const oldRun = (await get('/api/v1/ai-agents/trends/runs/latest')).json().run as { id: string };
    t.clock.advance(31 * 86_400_000);
    // A month on, the access token has long expired: sign in again.
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: owner.email, password: owner.password } });
    expect(login.statusCode, login.body).toBe(200);
    owner = { ...owner, accessToken: login.json().accessToken };
    expect((await get('/api/v1/analytics/trends?limit=100')).json().total).toBe(0);
    const outcome = await refreshTrends(t.context.core, { organizationId: owner.organizationId, runId: null, forced: true });
    expect(outcome.summary.expiredDeleted).toBeGreaterThanOrEqual(before.length);
    const after = (await get('/api/v1/analytics/trends?limit=100')).json().items as Array<{ id: string }>;
    expect(after.filter((trend) => before.some((old) => old.id === trend.id))).toEqual([]);
    expect((await get(`/api/v1/ai-agents/trends/runs/${oldRun.id}`)).statusCode).toBe(404);
  });
});
