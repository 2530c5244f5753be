import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshTrends } from '@socialseed/core/trends/refresh-trends';
import { FakeFeeds } from '@socialseed/testkit/fakes/sources/fake-feeds';
import { FakeGoogleTrends } from '@socialseed/testkit/fakes/sources/fake-google-trends';
import { FakeHackerNews } from '@socialseed/testkit/fakes/sources/fake-hackernews';
import { FakeNewsApi } from '@socialseed/testkit/fakes/sources/fake-newsapi';
import { FakeReddit } from '@socialseed/testkit/fakes/sources/fake-reddit';
import { createTestApp, type TestApp } from '../testing/test-app';
import { authHeaders, registerUser, type RegisteredUser } from '../testing/api-helpers';
import { createBrand } from '../testing/fixtures';

/**
 * The whole pipeline with every real source connector over HTTP against its fake: each source's
 * failure is reported in the run summary and never stops the others.
 */
let t: TestApp;
let owner: RegisteredUser;
const reddit = new FakeReddit();
const newsapi = new FakeNewsApi();
const hackernews = new FakeHackerNews();
const googleTrends = new FakeGoogleTrends();
const feeds = new FakeFeeds();

type Report = { source: string; status: string; items: number; error: string | null; retryAt: string | null };
const reportsOf = (summary: Record<string, unknown>) => Object.fromEntries((summary.sources as Report[]).map((report) => [report.source, report]));
const trendCount = async () => (await t.app.inject({ method: 'GET', url: '/api/v1/analytics/trends?limit=1', headers: authHeaders(owner.accessToken) })).json().total as number;
const refresh = () => refreshTrends(t.context.core, { organizationId: owner.organizationId, runId: null, forced: true });

beforeAll(async () => {
  await Promise.all([reddit.start(), newsapi.start(), hackernews.start(), googleTrends.start(), feeds.start()]);
  t = await createTestApp({
    TRENDS_PUBLIC_SOURCES: 'true',
    TRENDS_ALLOW_PRIVATE_FEEDS: 'true',
    HACKERNEWS_BASE_URL: hackernews.baseUrl,
    GOOGLE_TRENDS_URL: `${googleTrends.baseUrl}/trending/rss`,
    REDDIT_CLIENT_ID: reddit.clientId,
    REDDIT_CLIENT_SECRET: reddit.clientSecret,
    REDDIT_AUTH_BASE_URL: reddit.baseUrl,
    REDDIT_API_BASE_URL: reddit.baseUrl,
    NEWSAPI_KEY: newsapi.apiKey,
    NEWSAPI_BASE_URL: newsapi.baseUrl,
  });
  owner = await registerUser(t.app);
  const brandId = await createBrand(t.app, owner, 'Ledgerly');
  await t.app.inject({ method: 'PUT', url: `/api/v1/brands/${brandId}`, headers: authHeaders(owner.accessToken), payload: { industry: 'fintech', pillars: ['payments', 'stablecoins', 'broadband'] } });
  const saved = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/brands/${brandId}/trend-settings`,
    headers: authHeaders(owner.accessToken),
    payload: { subreddits: ['technology', 'fintech'], queries: ['stablecoin'], feeds: [feeds.url('rss2'), feeds.url('atom')] },
  });
  expect(saved.statusCode, saved.body).toBe(200);
}, 60_000);

afterAll(async () => {
  await t?.close();
  await Promise.all([reddit, newsapi, hackernews, googleTrends, feeds].map((fake) => fake.close()));
});

describe('trend sources through the pipeline', () => {
  it('fetches every configured source and stores what each returned', async () => {
    const outcome = await refresh();
    expect(outcome.status).toBe('succeeded');
    const reports = reportsOf(outcome.summary);
    for (const source of ['reddit', 'newsapi', 'hackernews', 'google_trends', 'rss', 'sandbox']) {
      expect(reports[source], source).toMatchObject({ status: 'ok', error: null });
      expect(reports[source]!.items, source).toBeGreaterThan(0);
    }
    expect(reports.x).toMatchObject({ status: 'not_configured' });
    const sources = (await t.app.inject({ method: 'GET', url: '/api/v1/analytics/trends?limit=100', headers: authHeaders(owner.accessToken) })).json().items.flatMap((trend: { sources: string[] }) => trend.sources);
    expect(new Set(sources)).toEqual(new Set(['reddit', 'newsapi', 'hackernews', 'google_trends', 'rss', 'sandbox']));
    for (const fake of [reddit, newsapi, hackernews, googleTrends, feeds]) expect(fake.violations, fake.name).toEqual([]);
  });

  it('reports a failing, a rate-limited and a malformed source while the rest still land', async () => {
    const before = await trendCount();
    hackernews.inject('GET /v0/topstories.json', { kind: 'status', status: 503 });
    newsapi.inject('GET /v2/top-headlines', { kind: 'status', status: 429, body: { status: 'error', code: 'rateLimited', message: 'You have made too many requests recently.' } });
    googleTrends.inject('GET /trending/rss', { kind: 'malformed' });
    feeds.addFeed('late', `<rss version="2.0"><channel><title>Late</title><item><title>Regional credit unions pilot biometric card readers</title><link>https://late.example.com/biometric-cards</link><pubDate>${new Date().toUTCString()}</pubDate></item></channel></rss>`);
    await t.app.inject({ method: 'PUT', url: `/api/v1/brands/${(await t.context.core.uow.brandTrends.profiles(owner.organizationId))[0]!.brandId}/trend-settings`, headers: authHeaders(owner.accessToken), payload: { subreddits: ['technology', 'fintech'], queries: ['stablecoin'], feeds: [feeds.url('rss2'), feeds.url('atom'), feeds.url('late')] } });

    const outcome = await refresh();
    expect(outcome.status).toBe('partial');
    const reports = reportsOf(outcome.summary);
    expect(reports.hackernews).toMatchObject({ status: 'failed', items: 0 });
    expect(reports.hackernews!.error).toMatch(/503/);
    expect(reports.newsapi).toMatchObject({ status: 'rate_limited', items: 0 });
    expect(Date.parse(reports.newsapi!.retryAt!)).toBeGreaterThan(Date.now());
    expect(reports.google_trends).toMatchObject({ status: 'failed' });
    expect(reports.google_trends!.error).toMatch(/malformed|XML|parse/i);
    expect(reports.reddit).toMatchObject({ status: 'ok' });
    expect(reports.rss).toMatchObject({ status: 'ok' });
    expect(await trendCount()).toBeGreaterThan(before);
    const late = await t.app.inject({ method: 'GET', url: '/api/v1/analytics/trends?q=biometric%20card', headers: authHeaders(owner.accessToken) });
    expect(late.json().total).toBe(1);
  });

  it('waits out a rate limit without calling the source again', async () => {
    const calls = newsapi.requests.length;
    const outcome = await refresh();
    expect(reportsOf(outcome.summary).newsapi).toMatchObject({ status: 'rate_limited' });
    expect(newsapi.requests.length).toBe(calls);
  });

  it('rests a source whose circuit opened after repeated failures', async () => {
    // Three failures in a row (SOURCE_CIRCUIT_THRESHOLD) open the circuit.
    hackernews.inject('GET /v0/topstories.json', { kind: 'status', status: 500 }, { kind: 'status', status: 500 }, { kind: 'status', status: 500 });
    for (let attempt = 0; attempt < 3; attempt++) expect(reportsOf((await refresh()).summary).hackernews).toMatchObject({ status: 'failed' });
    const calls = hackernews.requests.length;
    const rested = reportsOf((await refresh()).summary).hackernews;
    expect(rested).toMatchObject({ status: 'circuit_open' });
    expect(Date.parse(rested!.retryAt!)).toBeGreaterThan(Date.now());
    expect(hackernews.requests.length).toBe(calls);
  });
});
