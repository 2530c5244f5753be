import { afterAll, beforeAll, expect, it } from 'vitest';
import { refreshTrends } from '@socialseed/core/trends/refresh-trends';
import { startFakeEmbeddings, type FakeEmbeddings } from '@socialseed/testkit/fakes/ai/fake-embeddings';
import { createTestApp, type TestApp } from '../testing/test-app';
import { authHeaders, registerUser, type RegisteredUser } from '../testing/api-helpers';
import { createBrand } from '../testing/fixtures';

/** Provider embeddings through the same interface as the lexical model, and the fallback when they fail. */
let t: TestApp;
let owner: RegisteredUser;
let brandId: string;
let embeddings: FakeEmbeddings;

const brandTrends = async () => (await t.app.inject({ method: 'GET', url: `/api/v1/brands/${brandId}/trends`, headers: authHeaders(owner.accessToken) })).json();
const refresh = () => refreshTrends(t.context.core, { organizationId: owner.organizationId, runId: null, forced: true });

beforeAll(async () => {
  embeddings = await startFakeEmbeddings({ apiKey: 'embeddings-key' });
  t = await createTestApp({ EMBEDDINGS_BASE_URL: embeddings.baseUrl, EMBEDDINGS_API_KEY: 'embeddings-key', EMBEDDINGS_MODEL: 'fake-embed-1' });
  owner = await registerUser(t.app);
  brandId = await createBrand(t.app, owner, 'Ledgerly');
  await t.app.inject({ method: 'PUT', url: `/api/v1/brands/${brandId}`, headers: authHeaders(owner.accessToken), payload: { industry: 'fintech', pillars: ['personal finance tips', 'saving habits'] } });
}, 60_000);

afterAll(async () => {
  await t?.close();
  await embeddings?.close();
});

it('embeds trends and pillars with the configured provider and ranks with them', async () => {
  const outcome = await refresh();
  expect(outcome.status).toBe('succeeded');
  expect(outcome.summary.embedding).toEqual({ model: 'provider:fake-embed-1', fellBack: false, error: null });
  expect(embeddings.requests.length).toBeGreaterThan(0);
  expect(embeddings.violations).toEqual([]);
  const view = await brandTrends();
  expect(view.embeddingModel).toBe('provider:fake-embed-1');
  expect([...view.recommended, ...view.watchlist].length).toBeGreaterThan(0);
});

it('falls back to the lexical model for the run when the provider fails, and says so', async () => {
  embeddings.script({ kind: 'status', status: 500 }, { kind: 'status', status: 500 }, { kind: 'status', status: 500 }, { kind: 'status', status: 500 });
  t.clock.advance(6 * 3_600_000 + 60_000);
  const outcome = await refresh();
  expect(outcome.status).toBe('succeeded');
  const embedding = outcome.summary.embedding as { model: string; fellBack: boolean; error: string | null };
  expect(embedding.fellBack).toBe(true);
  expect(embedding.model).toBe('lexical-v1');
  expect(embedding.error).toMatch(/500/);
  // Ranking compared everything in one model, so the brand still gets a list.
  const view = await brandTrends();
  expect([...view.recommended, ...view.watchlist].length).toBeGreaterThan(0);
});
