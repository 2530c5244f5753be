import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakePds, type FakePds } from './fake-pds';

let fake: FakePds;
beforeEach(async () => {
  fake = await startFakePds({ now: () => Date.parse('2025-03-01T12:00:00Z') });
  fake.seedAccount({ handle: 'alice.test', appPassword: 'alic-epas-swor-d123' });
  fake.seedAccount({ handle: 'bob.test' });
});
afterEach(() => fake.close());

async function xrpc(nsid: string, init: { body?: unknown; token?: string; query?: Record<string, string>; raw?: { bytes: Buffer; type: string } } = {}) {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const query = init.query ? `?${new URLSearchParams(init.query)}` : '';
  let body: RequestInit['body'];
  if (init.raw) [body, headers['content-type']] = [init.raw.bytes, init.raw.type];
  else if (init.body !== undefined) [body, headers['content-type']] = [JSON.stringify(init.body), 'application/json'];
  const response = await fetch(`${fake.url}/xrpc/${nsid}${query}`, { method: body === undefined && !nsid.includes('refresh') ? 'GET' : 'POST', headers, ...(body ? { body } : {}) });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
}

async function login() {
  const session = await xrpc('com.atproto.server.createSession', { body: { identifier: 'alice.test', password: 'alic-epas-swor-d123' } });
  return session.json as { accessJwt: string; refreshJwt: string; did: string };
}

const post = (text: string) => ({ $type: 'app.bsky.feed.post', text, createdAt: '2025-03-01T12:00:00.000Z' });

describe('fake PDS', () => {
  it('opens sessions with the app password only, and answers with RateLimit headers', async () => {
    const wrong = await xrpc('com.atproto.server.createSession', { body: { identifier: 'alice.test', password: 'nope' } });
    expect(wrong).toMatchObject({ status: 401, json: { error: 'AuthenticationRequired' } });
    expect(wrong.headers.get('ratelimit-policy')).toBe('3000;w=300');
    const session = await login();
    expect(session.did).toMatch(/^did:plc:[a-z2-7]{24}$/);
    expect(fake.violations).toEqual([]);
  });

  it('creates, lists newest first, and deletes records with deterministic keys', async () => {
    const { accessJwt, did } = await login();
    const first = await xrpc('com.atproto.repo.createRecord', { token: accessJwt, body: { repo: did, collection: 'app.bsky.feed.post', record: post('one') } });
    const second = await xrpc('com.atproto.repo.createRecord', { token: accessJwt, body: { repo: 'alice.test', collection: 'app.bsky.feed.post', record: post('two') } });
    expect(first.json.uri).toBe(`at://${did}/app.bsky.feed.post/3lenax2sszc22`);
    const list = await xrpc('com.atproto.repo.listRecords', { query: { repo: did, collection: 'app.bsky.feed.post', limit: '1' } });
    expect((list.json.records as Array<{ uri: string }>).map((record) => record.uri)).toEqual([second.json.uri]);
    const rkey = String(second.json.uri).split('/').pop() ?? '';
    expect((await xrpc('com.atproto.repo.deleteRecord', { token: accessJwt, body: { repo: did, collection: 'app.bsky.feed.post', rkey } })).status).toBe(200);
    expect(fake.posts('alice.test').map((record) => record.value.text)).toEqual(['one']);
    expect(fake.violations).toEqual([]);
  });

  it('reads one record with getRecord, and records a reply whose refs would detach it from its thread', async () => {
    const { accessJwt, did } = await login();
    const created = await xrpc('com.atproto.repo.createRecord', { token: accessJwt, body: { repo: did, collection: 'app.bsky.feed.post', record: post('root') } });
    const rkey = String(created.json.uri).split('/').pop() ?? '';
    const read = await xrpc('com.atproto.repo.getRecord', { query: { repo: 'alice.test', collection: 'app.bsky.feed.post', rkey } });
    expect(read).toMatchObject({ status: 200, json: { uri: created.json.uri, cid: created.json.cid, value: { text: 'root' } } });
    const missing = await xrpc('com.atproto.repo.getRecord', { query: { repo: did, collection: 'app.bsky.feed.post', rkey: '3zzzzzzzzzzzz' } });
    expect(missing).toMatchObject({ status: 400, json: { error: 'RecordNotFound' } });
    expect(fake.violations).toEqual([]);

    const ref = { uri: created.json.uri, cid: created.json.cid };
    const good = await xrpc('com.atproto.repo.createRecord', { token: accessJwt, body: { repo: did, collection: 'app.bsky.feed.post', record: { ...post('reply'), reply: { root: ref, parent: ref } } } });
    expect(good.status).toBe(200);
    const goodRef = { uri: good.json.uri, cid: good.json.cid };
    // Answering the reply but naming the reply (not the first post) as root: a broken thread.
    await xrpc('com.atproto.repo.createRecord', { token: accessJwt, body: { repo: did, collection: 'app.bsky.feed.post', record: { ...post('bad root'), reply: { root: goodRef, parent: goodRef } } } });
    const staleCid = { uri: created.json.uri, cid: goodRef.cid };
    await xrpc('com.atproto.repo.createRecord', { token: accessJwt, body: { repo: did, collection: 'app.bsky.feed.post', record: { ...post('bad cid'), reply: { root: staleCid, parent: staleCid } } } });
    expect(fake.violations.map((violation) => violation.message)).toEqual([
      expect.stringContaining('is not the root of the parent'),
      expect.stringContaining('Record/reply/root: cid'),
      expect.stringContaining('Record/reply/parent: cid'),
    ]);
  });

  it('answers 400 InvalidRequest to a lexicon violation and keeps it', async () => {
    const { accessJwt, did } = await login();
    const tooLong = await xrpc('com.atproto.repo.createRecord', { token: accessJwt, body: { repo: did, collection: 'app.bsky.feed.post', record: post('x'.repeat(301)) } });
    expect(tooLong).toMatchObject({ status: 400, json: { error: 'InvalidRequest' } });
    const wrongMethod = await xrpc('app.bsky.feed.getPosts', { body: { uris: [] } });
    expect(wrongMethod.status).toBe(400);
    expect(fake.violations.map((violation) => violation.part)).toEqual(['record', 'method']);
  });

  it('stores blobs up to 2,000,000 bytes and checks references to them', async () => {
    const { accessJwt, did } = await login();
    const upload = await xrpc('com.atproto.repo.uploadBlob', { token: accessJwt, raw: { bytes: Buffer.from('png bytes'), type: 'image/png' } });
    expect(upload.json.blob).toMatchObject({ $type: 'blob', mimeType: 'image/png', size: 9 });
    const tooBig = await xrpc('com.atproto.repo.uploadBlob', { token: accessJwt, raw: { bytes: Buffer.alloc(2_000_001), type: 'image/png' } });
    expect(tooBig).toMatchObject({ status: 400, json: { error: 'BlobTooLarge' } });
    const forged = { ...(upload.json.blob as object), size: 10 };
    const record = { ...post('pic'), embed: { $type: 'app.bsky.embed.images', images: [{ alt: 'x', image: forged }] } };
    expect((await xrpc('com.atproto.repo.createRecord', { token: accessJwt, body: { repo: did, collection: 'app.bsky.feed.post', record } })).status).toBe(400);
    expect(fake.violations).toHaveLength(1);
  });

  it('expires access tokens with 400 ExpiredToken and rotates refresh tokens with a grace period', async () => {
    const { accessJwt, refreshJwt } = await login();
    fake.advanceClock(2 * 60 * 60 * 1000);
    const expired = await xrpc('app.bsky.notification.listNotifications', { token: accessJwt });
    expect(expired).toMatchObject({ status: 400, json: { error: 'ExpiredToken', message: 'Token has expired' } });
    const refreshed = await xrpc('com.atproto.server.refreshSession', { token: refreshJwt });
    expect(refreshed.status).toBe(200);
    expect((await xrpc('com.atproto.server.refreshSession', { token: refreshJwt })).status).toBe(200); // within the grace period
    fake.advanceClock(2 * 60 * 60 * 1000 + 1000);
    expect((await xrpc('com.atproto.server.refreshSession', { token: refreshJwt })).json).toMatchObject({ error: 'ExpiredToken', message: 'Token has been revoked' });
    const again = await xrpc('com.atproto.server.refreshSession', { token: String(refreshed.json.refreshJwt) });
    expect((await xrpc('app.bsky.notification.listNotifications', { token: String(again.json.accessJwt) })).status).toBe(200);
    expect((await xrpc('app.bsky.notification.listNotifications', { token: refreshJwt })).json.error).toBe('InvalidToken');
    expect(fake.violations).toEqual([]);
  });

  it('injects 429, 5xx and lost answers per NSID, in order', async () => {
    const { accessJwt, did } = await login();
    const create = { token: accessJwt, body: { repo: did, collection: 'app.bsky.feed.post', record: post('hi') } };
    fake.injectFault('com.atproto.repo.createRecord', { kind: 'rate-limited', resetInSeconds: 120, retryAfterSeconds: 30 }, { kind: 'server-error' }, { kind: 'timeout-after-commit' });
    const limited = await xrpc('com.atproto.repo.createRecord', create);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('ratelimit-reset')).toBe(String(Date.parse('2025-03-01T12:02:00Z') / 1000));
    expect(limited.headers.get('retry-after')).toBe('30');
    expect((await xrpc('com.atproto.repo.createRecord', create)).status).toBe(503);
    await expect(xrpc('com.atproto.repo.createRecord', create)).rejects.toThrow();
    expect(fake.posts('alice.test')).toHaveLength(1);
    expect(fake.requests.map((request) => request.fault)).toEqual([null, 'rate-limited', 'server-error', 'timeout-after-commit']);
  });

  it('serves threads, post views and notifications for seeded replies', async () => {
    const { accessJwt } = await login();
    const root = fake.seedPost({ author: 'alice.test', text: 'root' });
    const reply = fake.seedPost({ author: 'bob.test', text: 'nice', replyTo: root.uri });
    fake.setCounts(root.uri, { likeCount: 3 });
    const posts = await xrpc('app.bsky.feed.getPosts', { query: { uris: root.uri } });
    expect(posts.json.posts).toMatchObject([{ likeCount: 3, replyCount: 1, repostCount: 0, quoteCount: 0 }]);
    const thread = await xrpc('app.bsky.feed.getPostThread', { query: { uri: reply.uri } });
    expect(thread.json.thread).toMatchObject({ post: { uri: reply.uri }, parent: { post: { uri: root.uri } } });
    const notifications = await xrpc('app.bsky.notification.listNotifications', { token: accessJwt });
    expect(notifications.json.notifications).toMatchObject([{ reason: 'reply', uri: reply.uri, author: { handle: 'bob.test' } }]);
    expect(fake.violations).toEqual([]);
  });
});
