import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeMastodon } from './fake-mastodon';
import { tinyPng } from './mastodon-fixtures';

let fake: FakeMastodon;
let clock: Date;
let token: string;

beforeEach(async () => {
  clock = new Date('2026-11-02T10:02:00Z');
  fake = await new FakeMastodon({ now: () => clock }).start();
  token = fake.issueToken(fake.addAccount({ username: 'brand' }).id);
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const create = (body: unknown, headers: Record<string, string> = {}, accessToken = token) =>
  fetch(`${fake.baseUrl}/api/v1/statuses`, { method: 'POST', headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('fake Mastodon', () => {
  it('keeps an Idempotency-Key for one hour', async () => {
    const first = (await (await create({ status: 'hi' }, { 'Idempotency-Key': 'k' })).json()) as { id: string };
    const same = (await (await create({ status: 'hi' }, { 'Idempotency-Key': 'k' })).json()) as { id: string };
    expect(same.id).toBe(first.id);
    clock = new Date(clock.getTime() + 3_601_000);
    const later = (await (await create({ status: 'hi' }, { 'Idempotency-Key': 'k' })).json()) as { id: string };
    expect(later.id).not.toBe(first.id);
  });

  it('sends X-RateLimit-* with an ISO reset aligned to the 5-minute period', async () => {
    const response = await create({ status: 'hi' });
    expect(response.headers.get('x-ratelimit-limit')).toBe('300');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('299');
    expect(response.headers.get('x-ratelimit-reset')).toBe('2026-11-02T10:05:00.000Z');
  });

  it('refuses media that has not finished processing, as Mastodon does', async () => {
    fake.mediaProcessingPolls = 1;
    const form = new FormData();
    form.append('file', new Blob([tinyPng], { type: 'image/png' }), 'a.png');
    const upload = await fetch(`${fake.baseUrl}/api/v2/media`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    expect(upload.status).toBe(202);
    const media = (await upload.json()) as { id: string; url: string | null };
    expect(media.url).toBeNull();
    const refused = await create({ status: 'pic', media_ids: [media.id] });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toEqual({ error: 'Cannot attach files that have not finished processing. Try again in a moment!' });
  });

  it('answers {"error"} bodies: 401 for a revoked token, 403 for a missing scope, 422 for too long', async () => {
    const readOnly = fake.issueToken([...fake.state.accounts.keys()][0] ?? '', ['read']);
    expect((await create({ status: 'x' }, {}, readOnly)).status).toBe(403);
    expect(await (await create({ status: 'x'.repeat(501) })).json()).toEqual({ error: 'Validation failed: Text character limit of 500 exceeded' });
    fake.inject('POST /api/v1/statuses', { kind: 'expired-token' });
    const revoked = await create({ status: 'x' });
    expect(revoked.status).toBe(401);
    expect(await revoked.json()).toEqual({ error: 'The access token is invalid' });
    // Revoked stays revoked: tokens never come back.
    expect((await create({ status: 'y' })).status).toBe(401);
  });

  it('reads many statuses with id[] (unknown ids left out), refuses more than 20, and flags a plain repeated id', async () => {
    const ids = await Promise.all(['one', 'two'].map(async (text) => ((await (await create({ status: text })).json()) as { id: string }).id));
    const read = (query: string) => fetch(`${fake.baseUrl}/api/v1/statuses?${query}`, { headers: { authorization: `Bearer ${token}` } });
    const many = await read([...ids, '999999'].map((id) => `id[]=${id}`).join('&'));
    expect(many.status).toBe(200);
    expect(((await many.json()) as Array<{ id: string; content: string }>).map((status) => status.id)).toEqual(ids);
    const tooMany = await read(Array.from({ length: 21 }, (_, index) => `id[]=${index + 1}`).join('&'));
    expect(tooMany.status).toBe(422);
    expect(fake.violations).toEqual([]);
    // Rails would read `id=1&id=2` as id=2 alone: the spec check says so.
    expect((await read(ids.map((id) => `id=${id}`).join('&'))).status).toBe(400);
    expect(fake.violations.map((violation) => violation.where)).toContain('query.id');
    fake.violations.length = 0;
  });

  it('counts a URL as 23 characters, whatever its length', async () => {
    const text = `${'a'.repeat(470)} https://example.com/${'p'.repeat(100)}`;
    expect((await create({ status: text })).status).toBe(200);
  });
});
