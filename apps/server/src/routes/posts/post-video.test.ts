import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRequest } from '@socialseed/core/publishing/delivery/build-request';
import { mastodonDefaultLimits } from '@socialseed/core/publishing/rules/mastodon-limits';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { connectSandboxAccount, uploadImage, uploadVideo } from '../../testing/fixtures';
import { insertAccount } from '../../testing/post-fixtures';

/*
 * No connector publishes video yet. A post may carry one as a draft (to be finished later), but
 * scheduling it is refused per target, naming the target and saying the limit is Socialseed's,
 * so no publish job is ever written and delivery never receives a video.
 */

let t: TestApp;
let owner: RegisteredUser;
beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app, { organizationName: 'Video Posts Org' });
});
afterAll(async () => t.close());

const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: authHeaders(owner.accessToken, owner.organizationId), ...(payload ? { payload } : {}) });

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

describe('a post with a video', () => {
  it('is saved and edited as a draft, previewed with the reason, and refused when scheduled, naming each target', async () => {
    const { accountId: sandbox, brandId } = await connectSandboxAccount(t.app, owner);
    // Mastodon takes video itself: only Socialseed's own rule can refuse it there.
    const mastodon = await insertAccount(t, owner, brandId, { platform: 'mastodon', handle: 'brand@example.social', instanceLimits: mastodonDefaultLimits });
    const [video, image] = [await uploadVideo(t.app, owner), await uploadImage(t.app, owner)];

    const created = await call('POST', '/posts', { brandId, text: 'Our launch film', mediaIds: [video], accountIds: [sandbox, mastodon] });
    expect(created.statusCode, created.body).toBe(201);
    const postId = created.json().post.id as string;
    expect(created.json().post).toMatchObject({ status: 'draft', mediaIds: [video] });
    const edited = await call('PUT', `/posts/${postId}`, { text: 'Our launch film, in 12 seconds', mediaIds: [image, video] });
    expect(edited.statusCode, edited.body).toBe(200);

    const preview = await call('GET', `/posts/${postId}/preview`);
    expect(preview.json().previews.map((item: { valid: boolean; issues: Array<{ code: string; field: string }> }) => [item.valid, item.issues.map((issue) => `${issue.code} ${issue.field}`)])).toEqual([
      [false, ['MEDIA_VIDEO_NOT_SUPPORTED media.1.mimeType']],
      [false, ['MEDIA_VIDEO_NOT_SUPPORTED media.1.mimeType']],
    ]);

    expect((await call('POST', `/posts/${postId}/submit`)).statusCode).toBe(200);
    const jobsBefore = t.writtenJobs.length;
    const scheduled = await call('POST', `/posts/${postId}/schedule`, { scheduledAt: inAnHour() });
    expectFieldError(scheduled, 400, 'targets.0.mediaIds.1');
    expectFieldError(scheduled, 400, 'targets.1.mediaIds.1');
    const messages = scheduled.json().error.details.issues.map((issue: { message: string }) => issue.message);
    expect(messages[0]).toMatch(/^@acct\w+ on Sandbox \(simulated audience\): Posting video to Sandbox \(simulated audience\) is not supported by Socialseed yet/);
    expect(messages[1]).toMatch(/^@brand@example\.social on Mastodon: Posting video to Mastodon is not supported by Socialseed yet/);
    expectFieldError(await call('POST', `/posts/${postId}/publish`), 400, 'targets.0.mediaIds.1');

    // Nothing was queued: no publish job can hand the video to delivery.
    expect(t.writtenJobs.slice(jobsBefore)).toEqual([]);
    expect((await call('GET', `/posts/${postId}`)).json().post).toMatchObject({ status: 'approved', scheduledAt: null });
  });

  it('schedules once the video is left out for the account that would get it', async () => {
    const { accountId, brandId } = await connectSandboxAccount(t.app, owner);
    const [video, image] = [await uploadVideo(t.app, owner), await uploadImage(t.app, owner)];
    const created = await call('POST', '/posts', { brandId, text: 'Photo for now', mediaIds: [video], accountIds: [accountId], overrides: [{ accountId, mediaIds: [image] }] });
    const postId = created.json().post.id as string;
    expect((await call('POST', `/posts/${postId}/submit`)).statusCode).toBe(200);
    const scheduled = await call('POST', `/posts/${postId}/schedule`, { scheduledAt: inAnHour() });
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    const post = await t.context.core.uow.posts.findById(owner.organizationId, postId);
    const [target] = await t.context.core.uow.targets.listForPost(postId);
    if (!post || !target) throw new Error('post not created');
    expect((await buildRequest(t.context.core.uow, post, target)).media.map((item) => item.mimeType)).toEqual(['image/png']);
  });
});
