import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { addMember, connectSandboxAccount, createBrand, createDraftPost } from '../../testing/fixtures';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { createVariantPosts } from '../../testing/ab-test-fixtures';
import { createPublishedTarget, insertEngagement, type PublishedTarget } from '../../testing/engagement-fixtures';

let t: TestApp;
let owner: RegisteredUser;

const get = (url: string, user = owner) => t.app.inject({ method: 'GET', url, headers: authHeaders(user.accessToken, owner.organizationId) });
const post = (url: string, payload: object, user = owner) => t.app.inject({ method: 'POST', url, headers: authHeaders(user.accessToken, owner.organizationId), payload });

beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app);
}, 60_000);
afterAll(async () => t?.close());

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

/** `count` published posts of one new brand, one Sandbox target each. */
async function publishedVariants(count: number): Promise<{ brandId: string; accountId: string; targets: PublishedTarget[] }> {
  const { brandId, accountId } = await connectSandboxAccount(t.app, owner);
  const targets: PublishedTarget[] = [];
  for (let index = 0; index < count; index++) {
    targets.push(await createPublishedTarget(t, owner, { brandId, accountId, text: `Variant ${index + 1}: open banking, explained in one post`, publishedAt: daysAgo(3) }));
  }
  return { brandId, accountId, targets };
}

describe('creating an A/B test', () => {
  it('starts with "No winner yet" and empty variants labelled A, B', async () => {
    const { brandId, postIds } = await createVariantPosts(t.app, owner, 2);
    const created = await post('/api/v1/ab-tests', { brandId, name: 'Hook test', postIds });
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json();
    expect(body.test).toMatchObject({ brandId, name: 'Hook test', status: 'running', significanceLevel: 0.95, decidedPostId: null, decidedAt: null });
    expect(body.variants).toEqual([
      { postId: postIds[0], label: 'A', excerpt: 'Variant A of the fixture test', impressions: 0, interactions: 0, rate: null },
      { postId: postIds[1], label: 'B', excerpt: 'Variant B of the fixture test', impressions: 0, interactions: 0, rate: null },
    ]);
    expect(body.result).toMatchObject({ winnerPostId: null, pValue: null, significant: false, message: 'No winner yet' });
    expect(body.result.probabilities[0]).toBeCloseTo(0.5, 10);
    const audit = (await get('/api/v1/admin/audit-logs?action=ab_test.created')).json();
    expect(audit.items[0]).toMatchObject({ entityType: 'ab_test', entityId: body.test.id });
  });

  it('refuses anything but 2–4 distinct posts of one brand in the organization, naming postIds', async () => {
    const { brandId, postIds } = await createVariantPosts(t.app, owner, 4);
    const valid = { brandId, name: 'Checks', postIds: postIds.slice(0, 2) };
    expectFieldError(await post('/api/v1/ab-tests', { ...valid, postIds: postIds.slice(0, 1) }), 400, 'postIds');
    expectFieldError(await post('/api/v1/ab-tests', { ...valid, postIds: [...postIds, postIds[0]] }), 400, 'postIds');
    expectFieldError(await post('/api/v1/ab-tests', { ...valid, postIds: [postIds[0], postIds[0]] }), 400, 'postIds');
    const otherBrand = await createDraftPost(t.app, owner, 'Another brand entirely');
    expectFieldError(await post('/api/v1/ab-tests', { ...valid, postIds: [postIds[0], otherBrand.postId] }), 400, 'postIds');
    const stranger = await registerUser(t.app);
    const foreign = await createDraftPost(t.app, stranger, 'Not yours');
    expectFieldError(await post('/api/v1/ab-tests', { ...valid, postIds: [postIds[0], foreign.postId] }), 400, 'postIds');
    expectFieldError(await post('/api/v1/ab-tests', { ...valid, significanceLevel: 0.5 }), 400, 'significanceLevel');
    expectFieldError(await post('/api/v1/ab-tests', { ...valid, name: '  ' }), 400, 'name');
    expect((await post('/api/v1/ab-tests', { ...valid, brandId: await createBrand(t.app, owner, 'Empty brand') })).statusCode).toBe(400);
    expect((await post('/api/v1/ab-tests', { ...valid, brandId: '00000000-0000-4000-8000-000000000042' })).statusCode).toBe(404);
    const four = await post('/api/v1/ab-tests', { ...valid, postIds, significanceLevel: 0.9 });
    expect(four.statusCode, four.body).toBe(201);
    expect(four.json().variants.map((variant: { label: string }) => variant.label)).toEqual(['A', 'B', 'C', 'D']);
    expect(four.json().test.significanceLevel).toBe(0.9);
  });

  it('lets viewers read but not create', async () => {
    const viewer = await addMember(t, owner, 'viewer');
    const { brandId, postIds } = await createVariantPosts(t.app, owner, 2);
    expect((await post('/api/v1/ab-tests', { brandId, name: 'Viewer', postIds }, viewer)).statusCode).toBe(403);
    expect((await get('/api/v1/ab-tests', viewer)).statusCode).toBe(200);
  });
});

describe('results and decisions', () => {
  it('sums each post’s targets (estimated impressions where none are reported) and names the winner once significant', async () => {
    const { brandId, targets } = await publishedVariants(2);
    const [a, b] = targets as [PublishedTarget, PublishedTarget];
    const created = await post('/api/v1/ab-tests', { brandId, name: 'Tone test', postIds: [a.postId, b.postId] });
    const testId = created.json().test.id;
    expect((await post(`/api/v1/ab-tests/${testId}/decide`, { action: 'keep' })).statusCode).toBe(409);

    // B: 130 interactions in 5000 impressions against A's 100 in 5000 — z ≈ 2.0, p ≈ 0.045.
    await insertEngagement(t, a, { impressions: 5000, likes: 80, comments: 15, shares: 5 });
    await insertEngagement(t, b, { impressions: null, likes: 100, comments: 20, shares: 10, quotes: 7 }, { estimatedImpressions: 5000 });
    const view = (await get(`/api/v1/ab-tests/${testId}`)).json();
    expect(view.variants.map((variant: { impressions: number; interactions: number; rate: number }) => [variant.impressions, variant.interactions, variant.rate])).toEqual([
      [5000, 100, 0.02],
      [5000, 130, 0.026],
    ]);
    expect(view.result).toMatchObject({ winnerPostId: b.postId, significant: true });
    expect(view.result.pValue).toBeGreaterThan(0.04);
    expect(view.result.pValue).toBeLessThan(0.05);
    expect(view.result.message).toMatch(/^Variant B wins \(p = 0\.04\d, 9\d% probability to beat the rest\)$/);
    expect(view.result.probabilities[1]).toBeGreaterThan(0.95);

    const kept = await post(`/api/v1/ab-tests/${testId}/decide`, { action: 'keep' });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json().test).toMatchObject({ status: 'kept', decidedPostId: b.postId, decidedAt: expect.any(String) });
    const again = await post(`/api/v1/ab-tests/${testId}/decide`, { action: 'revert' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/already decided/);
    const audit = (await get('/api/v1/admin/audit-logs?action=ab_test.decided')).json();
    expect(audit.items[0]).toMatchObject({ entityId: testId, newValues: { status: 'kept', decidedPostId: b.postId } });
  });

  it('is not significant at a stricter level, where keep is refused with a clear message and revert picks the control', async () => {
    const { brandId, targets } = await publishedVariants(2);
    const [a, b] = targets as [PublishedTarget, PublishedTarget];
    await insertEngagement(t, a, { impressions: 5000, likes: 100 });
    await insertEngagement(t, b, { impressions: 5000, likes: 130 });
    const created = await post('/api/v1/ab-tests', { brandId, name: 'Strict test', postIds: [a.postId, b.postId], significanceLevel: 0.99 });
    expect(created.json().result).toMatchObject({ winnerPostId: null, significant: false, message: 'No winner yet' });
    expect(created.json().result.pValue).toBeLessThan(0.05);
    const testId = created.json().test.id;
    const keep = await post(`/api/v1/ab-tests/${testId}/decide`, { action: 'keep' });
    expect(keep.statusCode).toBe(409);
    expect(keep.json().error.message).toMatch(/No winner yet.*99% level/);
    const reverted = await post(`/api/v1/ab-tests/${testId}/decide`, { action: 'revert' });
    expect(reverted.statusCode, reverted.body).toBe(200);
    expect(reverted.json().test).toMatchObject({ status: 'reverted', decidedPostId: a.postId });
  });

  it('adds up a post published to two accounts', async () => {
    const { brandId, accountId } = await connectSandboxAccount(t.app, owner);
    const second = await connectSandboxAccount(t.app, owner, brandId);
    const created = await post('/api/v1/posts', { brandId, text: 'On both accounts', accountIds: [accountId, second.accountId] });
    expect(created.statusCode, created.body).toBe(201);
    const postId = created.json().post.id;
    const publishedAt = daysAgo(2);
    const targets = (await t.context.core.uow.targets.listForPost(postId)).map((target) => ({
      postId,
      targetId: target.id,
      accountId: target.socialAccountId,
      brandId,
      organizationId: owner.organizationId,
      platform: target.platform,
      publishedAt,
    }));
    expect(targets).toHaveLength(2);
    await insertEngagement(t, targets[0] as PublishedTarget, { impressions: 1000, likes: 10 });
    await insertEngagement(t, targets[1] as PublishedTarget, { impressions: null, likes: 4, comments: 1 }, { estimatedImpressions: 300 });
    const control = await createPublishedTarget(t, owner, { brandId, accountId, text: 'Only one account', publishedAt });
    await insertEngagement(t, control, { impressions: 3000, likes: 10, comments: 5 });
    const test = (await post('/api/v1/ab-tests', { brandId, name: 'Accounts', postIds: [control.postId, postId] })).json();
    expect(test.variants.map((variant: { impressions: number; interactions: number }) => [variant.impressions, variant.interactions])).toEqual([
      [3000, 15],
      [1300, 15],
    ]);
  });

  it('lists the organization’s tests with their results, filtered by brand', async () => {
    const { brandId, postIds } = await createVariantPosts(t.app, owner, 3);
    await post('/api/v1/ab-tests', { brandId, name: 'Listed', postIds });
    const page = (await get(`/api/v1/ab-tests?brandId=${brandId}`)).json();
    expect(page).toMatchObject({ total: 1, page: 1 });
    expect(page.items[0]).toMatchObject({ test: { name: 'Listed' }, result: { message: 'No winner yet' } });
    expect(page.items[0].variants).toHaveLength(3);
    expect((await get('/api/v1/ab-tests')).json().total).toBeGreaterThan(3);
    expectFieldError(await get('/api/v1/ab-tests?brandId=nope'), 400, 'brandId');
  });
});
