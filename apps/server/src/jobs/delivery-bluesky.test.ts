import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakePds, type FakePds } from '@socialseed/testkit/fakes/bluesky/fake-pds';
import type { TargetRecord } from '@socialseed/core/publishing/post';
import { createDeliveryHarness, waitUntil, type DeliveryHarness } from '../testing/delivery-harness';
import { authHeaders, registerUser, type RegisteredUser } from '../testing/api-helpers';
import { createBrand } from '../testing/fixtures';

let h: DeliveryHarness;
let pds: FakePds;
let owner: RegisteredUser;
beforeAll(async () => {
  h = await createDeliveryHarness();
  pds = await startFakePds();
  pds.seedAccount({ handle: 'brand.test', appPassword: 'abcd-efgh-ijkl-mnop', displayName: 'Brand' });
  owner = await registerUser(h.app, { organizationName: 'Bluesky Org' });
}, 60_000);
afterAll(async () => {
  await pds?.close();
  await h?.close();
});

it('connects a Bluesky account with an app password and delivers a post through the engine, once', async () => {
  const brandId = await createBrand(h.app, owner, 'Sky Brand');
  const connected = await h.app.inject({
    method: 'POST',
    url: '/api/v1/social-accounts/connect',
    headers: authHeaders(owner.accessToken),
    payload: { brandId, platform: 'bluesky', identifier: 'brand.test', secret: 'abcd-efgh-ijkl-mnop', baseUrl: pds.url },
  });
  expect(connected.statusCode, connected.body).toBe(201);
  expect(connected.body).not.toContain('abcd-efgh-ijkl-mnop');

  // The first create times out after the PDS stored the post: the engine must find it, not resend.
  pds.injectFault('com.atproto.repo.createRecord', { kind: 'timeout-after-commit' });
  const text = 'Launch day! Read more at https://example.com/launch #launch';
  const created = await h.app.inject({
    method: 'POST',
    url: '/api/v1/posts',
    headers: authHeaders(owner.accessToken),
    payload: { brandId, text, accountIds: [connected.json().account.id] },
  });
  const postId = created.json().post.id as string;
  await h.app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/submit`, headers: authHeaders(owner.accessToken) });
  const published = await h.app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/publish`, headers: authHeaders(owner.accessToken) });
  const targetId = published.json().post.targets[0].id as string;

  const target = await waitUntil(
    () => h.context.core.uow.targets.findById(targetId) as Promise<TargetRecord>,
    (row) => ['published', 'failed', 'held'].includes(row.status),
    60_000,
  );
  expect(target).toMatchObject({ status: 'published' });
  expect(target.platformPostId).toMatch(/^at:\/\/did:/);
  const posts = pds.posts('brand.test');
  expect(posts).toHaveLength(1);
  expect(posts[0]?.value.text).toBe(text);
  expect(pds.violations).toEqual([]);
}, 90_000);
