import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { connectSandboxAccount, createBrand, uploadImage } from '../../testing/fixtures';
import { insertAccount } from '../../testing/post-fixtures';

let t: TestApp;
let owner: RegisteredUser;
beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app, { organizationName: 'Overrides Org' });
});
afterAll(async () => t.close());

const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: authHeaders(owner.accessToken, owner.organizationId), ...(payload ? { payload } : {}) });

interface TargetBody {
  id: string;
  socialAccountId: string;
  text: string | null;
  mediaIds: string[] | null;
  asThread: boolean;
}
const overridesOf = (targets: TargetBody[]) => targets.map(({ socialAccountId, text, mediaIds, asThread }) => ({ socialAccountId, text, mediaIds, asThread }));

async function twoAccounts() {
  const { accountId: first, brandId } = await connectSandboxAccount(t.app, owner);
  const { accountId: second } = await connectSandboxAccount(t.app, owner, brandId);
  return { brandId, first, second };
}

describe('per-target overrides', () => {
  it('stores them on the targets, returns them, keeps them through edits and records them in versions', async () => {
    const { brandId, first, second } = await twoAccounts();
    const [image, ownImage] = [await uploadImage(t.app, owner), await uploadImage(t.app, owner)];
    const created = await call('POST', '/posts', {
      brandId,
      text: 'Post text',
      mediaIds: [image],
      tags: ['launch'],
      accountIds: [first, second],
      overrides: [{ accountId: second, text: 'Second account text', mediaIds: [ownImage], asThread: true }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const post = created.json().post;
    // Targets keep the order their accounts were chosen in.
    expect(overridesOf(post.targets)).toEqual([
      { socialAccountId: first, text: null, mediaIds: null, asThread: false },
      { socialAccountId: second, text: 'Second account text', mediaIds: [ownImage], asThread: true },
    ]);

    // A partial edit changes only what it names: accounts, tags, media and overrides stay.
    const edited = await call('PUT', `/posts/${post.id}`, { text: 'New post text' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().post).toMatchObject({ text: 'New post text', tags: ['launch'], mediaIds: [image], version: 2 });
    expect(edited.json().post.targets.map((target: TargetBody) => target.id)).toEqual(post.targets.map((target: TargetBody) => target.id));
    expect(overridesOf(edited.json().post.targets)).toEqual(overridesOf(post.targets));

    // Dropping an account drops its target; the staying account keeps its override and its target.
    const narrowed = await call('PUT', `/posts/${post.id}`, { accountIds: [second] });
    expect(narrowed.json().post.targets).toEqual([expect.objectContaining({ id: post.targets[1].id, text: 'Second account text', asThread: true })]);

    // New overrides replace the old ones (here: none, so the account sends the post as it is).
    const cleared = await call('PUT', `/posts/${post.id}`, { accountIds: [first, second], overrides: [{ accountId: first, text: null, mediaIds: [] }] });
    expect(overridesOf(cleared.json().post.targets)).toEqual([
      { socialAccountId: second, text: null, mediaIds: null, asThread: false },
      { socialAccountId: first, text: null, mediaIds: [], asThread: false },
    ]);

    const detail = await call('GET', `/posts/${post.id}`);
    const snapshots = detail.json().post.versions.map((version: { version: number; snapshot: { overrides: unknown } }) => [version.version, version.snapshot.overrides]);
    expect(snapshots).toEqual([
      [4, [{ accountId: first, text: null, mediaIds: [], asThread: false }]],
      [3, [{ accountId: second, text: 'Second account text', mediaIds: [ownImage], asThread: true }]],
      [2, [{ accountId: second, text: 'Second account text', mediaIds: [ownImage], asThread: true }]],
      [1, [{ accountId: second, text: 'Second account text', mediaIds: [ownImage], asThread: true }]],
    ]);
  });

  it("refuses overrides for accounts the post does not go to, twice for one account, or with another organization's media", async () => {
    const { brandId, first, second } = await twoAccounts();
    const foreignMedia = '00000000-0000-4000-8000-00000000abcd';
    expectFieldError(await call('POST', '/posts', { brandId, text: 'x', accountIds: [first], overrides: [{ accountId: second, text: 'y' }] }), 400, 'overrides.0.accountId');
    expectFieldError(
      await call('POST', '/posts', { brandId, text: 'x', accountIds: [first], overrides: [{ accountId: first, text: 'a' }, { accountId: first, text: 'b' }] }),
      400,
      'overrides.1.accountId',
    );
    expectFieldError(await call('POST', '/posts', { brandId, text: 'x', accountIds: [first], overrides: [{ accountId: first, mediaIds: [foreignMedia] }] }), 400, 'overrides.0.mediaIds.0');
    expectFieldError(await call('POST', '/posts', { brandId, text: 'x', accountIds: [first], overrides: [{ accountId: first, asThread: 'yes' }] }), 400, 'overrides.0.asThread');
    const tooMany = Array.from({ length: 21 }, () => ({ accountId: first }));
    expectFieldError(await call('POST', '/posts', { brandId, text: 'x', accountIds: [first], overrides: tooMany }), 400, 'overrides');

    const created = await call('POST', '/posts', { brandId, text: 'x', accountIds: [first] });
    // On edit, the accounts are the post's current ones unless the edit changes them.
    expectFieldError(await call('PUT', `/posts/${created.json().post.id}`, { overrides: [{ accountId: second, text: 'y' }] }), 400, 'overrides.0.accountId');
    const widened = await call('PUT', `/posts/${created.json().post.id}`, { accountIds: [first, second], overrides: [{ accountId: second, text: 'y' }] });
    expect(widened.statusCode, widened.body).toBe(200);
  });
});

describe('GET /posts/:id/preview', () => {
  it("shows each target's effective text, thread parts, media and platform issues", async () => {
    const brandId = await createBrand(t.app, owner, 'Preview Brand');
    const x = await insertAccount(t, owner, brandId, { platform: 'x', handle: 'brandx' });
    const bluesky = await insertAccount(t, owner, brandId, { platform: 'bluesky', handle: 'brand.bsky.social' });
    const mastodon = await insertAccount(t, owner, brandId, {
      platform: 'mastodon',
      handle: 'brand',
      instanceLimits: { maxCharacters: 100, charactersReservedPerUrl: 23, maxMediaAttachments: 4, supportedMimeTypes: ['image/png'], imageSizeLimit: 16_777_216, imageMatrixLimit: 33_177_600, videoSizeLimit: 103_809_024, descriptionLimit: 1500 },
    });
    const { accountId: sandbox } = await connectSandboxAccount(t.app, owner, brandId);
    const image = await uploadImage(t.app, owner);
    // Bluesky wants alt text for every image; this one has it, so only the length is an issue there.
    expect((await call('PUT', `/media/${image}`, { altText: 'The announcement banner' })).statusCode).toBe(200);
    const text = 'Our long announcement has many sentences. '.repeat(10).trim(); // 419 characters
    const created = await call('POST', '/posts', {
      brandId,
      text,
      mediaIds: [image],
      accountIds: [x, bluesky, mastodon, sandbox],
      overrides: [
        { accountId: x, asThread: true },
        { accountId: sandbox, text: 'Short and sweet', mediaIds: [] },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const postId = created.json().post.id;
    const targets = created.json().post.targets as TargetBody[];

    const response = await call('GET', `/posts/${postId}/preview`);
    expect(response.statusCode, response.body).toBe(200);
    const [onX, onBluesky, onMastodon, onSandbox] = response.json().previews;

    expect(onX).toMatchObject({ targetId: targets[0]?.id, accountId: x, platform: 'x', handle: 'brandx', mediaIds: [image], valid: true, issues: [] });
    expect(onX.parts.length).toBe(2);
    onX.parts.forEach((part: { text: string; length: number; limit: number }, index: number) => {
      expect(part.text.endsWith(` ${index + 1}/2`)).toBe(true);
      expect(part.length).toBeLessThanOrEqual(280);
      expect(part.limit).toBe(280);
    });

    expect(onBluesky).toMatchObject({ platform: 'bluesky', parts: [{ text, length: 419, limit: 300 }], valid: false });
    expect(onBluesky.issues.map((issue: { code: string; field: string }) => [issue.code, issue.field])).toEqual([['TEXT_TOO_LONG', 'text']]);

    // The Mastodon server announced 100 characters, so that is the limit, not upstream's 500.
    expect(onMastodon).toMatchObject({ platform: 'mastodon', parts: [{ length: 419, limit: 100 }], valid: false });

    expect(onSandbox).toMatchObject({ platform: 'sandbox', parts: [{ text: 'Short and sweet', length: 15, limit: 1000 }], mediaIds: [], valid: true, issues: [] });

    expect((await call('GET', '/posts/00000000-0000-4000-8000-000000000077/preview')).statusCode).toBe(404);
  });
});

describe('scheduling checks the content of every target', () => {
  it('refuses schedule, publish, queue and bulk-schedule naming each target the platform would refuse, and passes once threads fit', async () => {
    const brandId = await createBrand(t.app, owner, 'Checked Brand');
    const preferences = { postsPerWeek: 7, preferredDays: [], preferredHours: [10], timeZone: 'UTC' };
    expect((await call('PUT', `/brands/${brandId}`, { preferences })).statusCode).toBe(200);
    const x = await insertAccount(t, owner, brandId, { platform: 'x', handle: 'checkedx' });
    const { accountId: sandbox } = await connectSandboxAccount(t.app, owner, brandId);
    const bluesky = await insertAccount(t, owner, brandId, { platform: 'bluesky', handle: 'checked.bsky.social' });
    const text = `${'Plenty of words to say here. '.repeat(10)}Done.`; // 295 characters
    const created = await call('POST', '/posts', { brandId, text, accountIds: [sandbox, x, bluesky] });
    const postId = created.json().post.id;
    expect((await call('POST', `/posts/${postId}/submit`)).json().post.status).toBe('approved');

    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await call('POST', `/posts/${postId}/schedule`, { scheduledAt: inAnHour });
    expectFieldError(scheduled, 400, 'targets.1.text');
    const issues = scheduled.json().error.details.issues;
    expect(issues).toEqual([{ field: 'targets.1.text', message: '@checkedx on X: 295 / 280 characters' }]);
    expect(scheduled.json().error.userMessage).toContain('@checkedx on X: 295 / 280 characters');
    expectFieldError(await call('POST', `/posts/${postId}/publish`), 400, 'targets.1.text');
    expectFieldError(await call('POST', `/posts/${postId}/queue`), 400, 'targets.1.text');
    const bulk = await call('POST', '/posts/bulk-schedule', { items: [{ postId, scheduledAt: inAnHour }] });
    expect(bulk.json().results).toEqual([
      { postId, ok: false, error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('@checkedx on X'), fields: issues } },
    ]);
    // Nothing was scheduled by any of these.
    expect((await call('GET', `/posts/${postId}`)).json().post).toMatchObject({ status: 'approved', scheduledAt: null });

    // As a thread, X takes it; Bluesky (300) takes it as one post already.
    const threaded = await call('PUT', `/posts/${postId}`, { overrides: [{ accountId: x, asThread: true }] });
    expect(threaded.json().post.status).toBe('approved'); // the owner may approve, so the edit keeps approval
    const ok = await call('POST', `/posts/${postId}/schedule`, { scheduledAt: inAnHour });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().post.status).toBe('scheduled');
  });

  it('refuses too many media for a platform, naming the target media field', async () => {
    const brandId = await createBrand(t.app, owner, 'Media Brand');
    const x = await insertAccount(t, owner, brandId, { platform: 'x', handle: 'mediax' });
    const images = [];
    for (let index = 0; index < 5; index++) images.push(await uploadImage(t.app, owner));
    const created = await call('POST', '/posts', { brandId, text: 'Five pictures', mediaIds: images, accountIds: [x] });
    const postId = created.json().post.id;
    await call('POST', `/posts/${postId}/submit`);
    const response = await call('POST', `/posts/${postId}/publish`);
    expectFieldError(response, 400, 'targets.0.mediaIds');
    expect(response.json().error.details.issues[0].message).toBe('@mediax on X: X takes at most 4 attachments; this has 5.');
  });
});
