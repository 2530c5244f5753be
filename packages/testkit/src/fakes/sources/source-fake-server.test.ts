import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeNewsApi } from './fake-newsapi';
import { FakeReddit } from './fake-reddit';

let reddit: FakeReddit;
let news: FakeNewsApi;

beforeEach(async () => {
  reddit = await new FakeReddit().start();
  news = await new FakeNewsApi().start();
});

afterEach(async () => {
  await Promise.all([reddit.close(), news.close()]);
});

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

async function redditToken(): Promise<string> {
  const response = await fetch(`${reddit.baseUrl}/api/v1/access_token`, {
    method: 'POST',
    headers: { authorization: basic(reddit.clientId, reddit.clientSecret), 'user-agent': 'server:fake-test:v1', 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  const body = (await response.json()) as { access_token: string; expires_in: number };
  expect(body.expires_in).toBe(86_400);
  return body.access_token;
}

describe('source fakes', () => {
  it('records a Reddit contract violation (no User-Agent, limit over 100) and answers 400', async () => {
    const token = await redditToken();
    const response = await fetch(`${reddit.baseUrl}/r/technology/top?t=day&limit=500`, { headers: { authorization: `Bearer ${token}`, 'user-agent': 'node' } });
    expect(response.status).toBe(400);
    expect(reddit.violations).toEqual([
      'GET /r/technology/top: a descriptive User-Agent is required',
      'GET /r/technology/top: limit must be 1–100, got 500',
    ]);
  });

  it('serves a Reddit listing with X-Ratelimit headers, and refuses unknown tokens', async () => {
    const token = await redditToken();
    const response = await fetch(`${reddit.baseUrl}/r/fintech/top?t=day&limit=1`, { headers: { authorization: `Bearer ${token}`, 'user-agent': 'server:fake-test:v1' } });
    expect(response.headers.get('x-ratelimit-remaining')).toBe('999');
    const listing = (await response.json()) as { kind: string; data: { children: Array<{ kind: string; data: { id: string } }>; after: string | null } };
    expect(listing.kind).toBe('Listing');
    expect(listing.data.children.map((child) => `${child.kind}_${child.data.id}`)).toEqual(['t3_1gj9q0w']);
    expect(listing.data.after).toBe('t3_1gj9q0w');
    const refused = await fetch(`${reddit.baseUrl}/r/fintech/top?t=day`, { headers: { authorization: 'Bearer nope', 'user-agent': 'server:fake-test:v1' } });
    expect(refused.status).toBe(401);
  });

  it('serves queued faults in order — 429 with reset headers, malformed, then the normal answer', async () => {
    news.inject('GET /v2/top-headlines', { kind: 'status', status: 429 }, { kind: 'malformed' });
    const call = () => fetch(`${news.baseUrl}/v2/top-headlines?country=us`, { headers: { 'x-api-key': news.apiKey } });
    const limited = await call();
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ status: 'error', code: 'rateLimited' });
    const malformed = await call();
    expect(malformed.status).toBe(200);
    await expect(malformed.clone().json()).rejects.toThrow();
    expect((await call()).status).toBe(200);
    expect(news.requestsTo('GET /v2/top-headlines').map((entry) => entry.fault)).toEqual(['status', 'malformed', null]);
  });

  it('answers NewsAPI key problems in its own words', async () => {
    const missing = await fetch(`${news.baseUrl}/v2/top-headlines?country=us`);
    expect(await missing.json()).toMatchObject({ status: 'error', code: 'apiKeyMissing' });
    const wrong = await fetch(`${news.baseUrl}/v2/top-headlines?country=us`, { headers: { 'x-api-key': 'wrong' } });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ code: 'apiKeyInvalid' });
    expect(news.violations).toEqual([]);
  });

  it('leaves a hanging request unanswered until the client gives up', async () => {
    news.inject('GET /v2/everything', { kind: 'hang' });
    await expect(fetch(`${news.baseUrl}/v2/everything?q=ai`, { headers: { 'x-api-key': news.apiKey }, signal: AbortSignal.timeout(200) })).rejects.toThrow();
    expect(news.requestsTo('GET /v2/everything')[0]?.status).toBeNull();
  });
});
