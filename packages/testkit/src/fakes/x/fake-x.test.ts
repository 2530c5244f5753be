import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeX } from './fake-x';

let fake: FakeX;
let clock: Date;
let token: string;

beforeEach(async () => {
  clock = new Date('2026-11-02T10:00:00Z');
  fake = await new FakeX({ now: () => clock, accessTokenTtlSeconds: 60 }).start();
  fake.registerClient({ clientId: 'c', redirectUri: 'http://127.0.0.1/cb' });
  const user = fake.addUser({ username: 'brand' });
  token = fake.issueTokens(user.id, 'c').accessToken;
});

afterEach(async () => {
  await fake.close();
});

const tweet = (text: string, accessToken = token) =>
  fetch(`${fake.baseUrl}/2/tweets`, { method: 'POST', headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ text }) });

describe('fake X (and the fake-server base under it)', () => {
  it('answers a spec violation with 400 and records it', async () => {
    const response = await fetch(`${fake.baseUrl}/2/tweets`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{"text":"a","bogus":1}' });
    expect(response.status).toBe(400);
    expect(fake.violations).toEqual([{ operation: 'POST /2/tweets', where: 'body', message: "must NOT have additional properties 'bogus'" }]);
    expect(fake.state.tweets.size).toBe(0);
  });

  it('records a request to a route it does not serve', async () => {
    const response = await fetch(`${fake.baseUrl}/2/users/me/bookmarks`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(404);
    expect(fake.violations).toHaveLength(1);
  });

  it('refuses duplicate text with X’s 403 problem+json, and counts the rate limit', async () => {
    expect((await tweet('same')).status).toBe(201);
    const duplicate = await tweet('same');
    expect(duplicate.status).toBe(403);
    expect(duplicate.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await duplicate.json()).toEqual({ title: 'Forbidden', detail: 'You are not allowed to create a Tweet with duplicate content.', type: 'about:blank', status: 403 });
    expect(duplicate.headers.get('x-rate-limit-remaining')).toBe('198');
    expect(duplicate.headers.get('x-rate-limit-reset')).toBe(String(Date.parse('2026-11-02T10:15:00Z') / 1000));
  });

  it('answers 429 once the 15-minute window is used up, and resets after it', async () => {
    for (let index = 0; index < 200; index += 1) expect((await tweet(`post ${index}`)).status).toBe(201);
    const limited = await tweet('one more');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('x-rate-limit-remaining')).toBe('0');
    clock = new Date(clock.getTime() + 15 * 60_000);
    // The 60 s token has expired by then too.
    const fresh = fake.issueTokens([...fake.state.users.keys()][0] ?? '', 'c').accessToken;
    expect((await tweet('next window', fresh)).status).toBe(201);
  });

  it('expires access tokens after the configured lifetime', async () => {
    clock = new Date(clock.getTime() + 61_000);
    const response = await tweet('late');
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ title: 'Unauthorized', status: 401 });
  });

  it('enforces the scopes the spec lists for the operation', async () => {
    const readOnly = fake.issueTokens([...fake.state.users.keys()][0] ?? '', 'c', ['tweet.read', 'users.read']).accessToken;
    expect((await tweet('no write scope', readOnly)).status).toBe(403);
  });

  it('serves queued faults in order, then behaves normally', async () => {
    fake.inject('POST /2/tweets', { kind: 'status', status: 503 }, { kind: 'status', status: 500 });
    expect((await tweet('a')).status).toBe(503);
    expect((await tweet('a')).status).toBe(500);
    expect((await tweet('a')).status).toBe(201);
    expect(fake.requestsTo('POST /2/tweets').map((entry) => entry.fault)).toEqual(['status', 'status', null]);
  });

  it('timeout-after-commit writes the post and then cuts the connection', async () => {
    fake.inject('POST /2/tweets', { kind: 'timeout-after-commit', destroyAfterMs: 50 });
    await expect(tweet('committed')).rejects.toThrow();
    expect([...fake.state.tweets.values()].map((item) => item.text)).toEqual(['committed']);
  });
});
