import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { FakeMastodon } from '@socialseed/testkit/fakes/mastodon/fake-mastodon';
import { addMember, connectSandboxAccount, createBrand } from '../../testing/fixtures';

let t: TestApp;
let owner: RegisteredUser;

beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app, { organizationName: 'Composer Org' });
});
afterAll(async () => t.close());

function validate(payload: object, user: RegisteredUser = owner) {
  return t.app.inject({ method: 'POST', url: '/api/v1/posts/validate', headers: authHeaders(user.accessToken, user.organizationId), payload });
}

const png = { mimeType: 'image/png', sizeBytes: 120_000, width: 1200, height: 800, altText: 'Our new dashboard' };

describe('POST /api/v1/posts/validate', () => {
  it('answers the length in the platform’s unit and no issues for a valid post', async () => {
    const response = await validate({ platform: 'x', text: '日本語 launch 🚀 https://example.com/a/very/long/path' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ valid: true, length: 6 + 8 + 2 + 1 + 23, limit: 280, issues: [] });
  });

  it('counts Bluesky in graphemes and Mastodon with URLs as 23', async () => {
    expect((await validate({ platform: 'bluesky', text: '👨‍👩‍👧‍👦 hi' })).json()).toMatchObject({ valid: true, length: 4, limit: 300 });
    expect((await validate({ platform: 'mastodon', text: 'see https://example.com/long/path' })).json()).toMatchObject({ length: 4 + 23, limit: 500 });
  });

  it('lists every problem with the field it concerns', async () => {
    const response = await validate({
      platform: 'bluesky',
      text: 'a'.repeat(301),
      media: [png, { ...png, altText: '' }, { ...png, mimeType: 'image/tiff' }, { ...png, sizeBytes: 3_000_000 }, png],
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ valid: false, length: 301, limit: 300 });
    expect(body.issues.map((issue: { code: string; field: string }) => `${issue.code} ${issue.field}`)).toEqual([
      'TEXT_TOO_LONG text',
      'TOO_MANY_MEDIA media',
      'MEDIA_ALT_TEXT_REQUIRED media.1.altText',
      'MEDIA_TYPE_NOT_ALLOWED media.2.mimeType',
      'MEDIA_TOO_LARGE media.3.sizeBytes',
    ]);
    expect(body.issues[0].message).toContain('300');
  });

  it('flags an empty post without media', async () => {
    expect((await validate({ platform: 'sandbox', text: ' ' })).json()).toMatchObject({ valid: false, issues: [{ code: 'TEXT_EMPTY', field: 'text' }] });
  });

  it.each([
    ['an unknown platform', { platform: 'myspace', text: 'hi' }, 'platform'],
    ['missing text', { platform: 'x' }, 'text'],
    ['text over 100000 characters', { platform: 'x', text: 'a'.repeat(100_001) }, 'text'],
    ['a negative size', { platform: 'x', text: 'hi', media: [{ ...png, sizeBytes: -1 }] }, 'media.0.sizeBytes'],
    ['a fractional size', { platform: 'x', text: 'hi', media: [{ ...png, sizeBytes: 1.5 }] }, 'media.0.sizeBytes'],
    ['more than 20 attachments', { platform: 'x', text: 'hi', media: Array.from({ length: 21 }, () => png) }, 'media'],
    ['an unknown field', { platform: 'x', text: 'hi', draftId: 'abc' }, 'draftId'],
  ])('answers 400 naming the field for %s', async (_label, payload, field) => {
    expectFieldError(await validate(payload), 400, field);
  });

  it('needs a signed-in member and lets every role validate', async () => {
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/posts/validate', payload: { platform: 'x', text: 'hi' } });
    expect(anonymous.statusCode).toBe(401);
    const viewer = await addMember(t, owner, 'viewer');
    expect((await validate({ platform: 'x', text: 'hi' }, viewer)).statusCode).toBe(200);
    const outsider = await registerUser(t.app, { organizationName: 'Outsider Org' });
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/api/v1/posts/validate',
      headers: authHeaders(outsider.accessToken, owner.organizationId),
      payload: { platform: 'x', text: 'hi' },
    });
    expect(foreign.statusCode).toBe(404);
  });
});

describe('POST /api/v1/posts/validate with accountId: the account server’s own limits', () => {
  let fake: FakeMastodon;
  let mastodonAccountId: string;

  beforeAll(async () => {
    fake = await new FakeMastodon({ domain: 'long.example', limits: { maxCharacters: 5000 } }).start();
    const user = fake.addAccount({ username: 'longform' });
    const connected = await t.app.inject({
      method: 'POST',
      url: '/api/v1/social-accounts/connect',
      headers: authHeaders(owner.accessToken, owner.organizationId),
      payload: { brandId: await createBrand(t.app, owner, 'Long brand'), platform: 'mastodon', identifier: 'longform', secret: fake.issueToken(user.id), baseUrl: fake.baseUrl },
    });
    expect(connected.statusCode, connected.body).toBe(201);
    mastodonAccountId = connected.json().account.id;
  });
  afterAll(async () => {
    expect(fake.violations).toEqual([]);
    await fake.close();
  });

  it('lets 1000 characters through on a 5000-character server, where the default 500 says too long', async () => {
    const text = 'a'.repeat(1000);
    expect((await validate({ platform: 'mastodon', text, accountId: mastodonAccountId })).json()).toEqual({ valid: true, length: 1000, limit: 5000, issues: [] });
    const withDefaults = (await validate({ platform: 'mastodon', text })).json();
    expect(withDefaults).toMatchObject({ valid: false, length: 1000, limit: 500, issues: [{ code: 'TEXT_TOO_LONG', field: 'text' }] });
    expect((await validate({ platform: 'mastodon', text: 'a'.repeat(5001), accountId: mastodonAccountId })).json()).toMatchObject({ valid: false, limit: 5000 });
  });

  it('uses the platform rules for accounts whose limits are fixed', async () => {
    const { accountId } = await connectSandboxAccount(t.app, owner);
    expect((await validate({ platform: 'sandbox', text: 'hello', accountId })).json()).toEqual({ valid: true, length: 5, limit: 1000, issues: [] });
  });

  it('answers 400 naming accountId for an unknown account or one of another organization', async () => {
    expectFieldError(await validate({ platform: 'mastodon', text: 'hi', accountId: '00000000-0000-4000-8000-00000000000a' }), 400, 'accountId');
    const stranger = await registerUser(t.app, { organizationName: 'Other Composer Org' });
    const { accountId: theirs } = await connectSandboxAccount(t.app, stranger);
    expectFieldError(await validate({ platform: 'sandbox', text: 'hi', accountId: theirs }), 400, 'accountId');
    expectFieldError(await validate({ platform: 'sandbox', text: 'hi', accountId: 'not-a-uuid' }), 400, 'accountId');
  });

  it('answers 400 naming platform when the account is on another platform', async () => {
    const response = await validate({ platform: 'x', text: 'hi', accountId: mastodonAccountId });
    expectFieldError(response, 400, 'platform');
    expect(response.json().error.userMessage).toContain('Mastodon');
  });
});
