import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { authHeaders, type RegisteredUser } from './api-helpers';
import { connectSandboxAccount } from './fixtures';

/** `count` draft posts of one new brand (one Sandbox account), for A/B test variants. */
export async function createVariantPosts(app: FastifyInstance, owner: RegisteredUser, count = 2): Promise<{ brandId: string; accountId: string; postIds: string[] }> {
  const { brandId, accountId } = await connectSandboxAccount(app, owner);
  const postIds: string[] = [];
  for (let index = 0; index < count; index++) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/posts',
      headers: authHeaders(owner.accessToken, owner.organizationId),
      payload: { brandId, text: `Variant ${String.fromCharCode(65 + index)} of the fixture test`, accountIds: [accountId] },
    });
    expect(response.statusCode, response.body).toBe(201);
    postIds.push((response.json() as { post: { id: string } }).post.id);
  }
  return { brandId, accountId, postIds };
}

/** A running A/B test of two fresh draft posts, created through the API. */
export async function createAbTestFixture(app: FastifyInstance, owner: RegisteredUser): Promise<{ testId: string; brandId: string; postIds: string[] }> {
  const { brandId, postIds } = await createVariantPosts(app, owner);
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/ab-tests',
    headers: authHeaders(owner.accessToken, owner.organizationId),
    payload: { brandId, name: 'Fixture test', postIds },
  });
  expect(response.statusCode, response.body).toBe(201);
  return { testId: (response.json() as { test: { id: string } }).test.id, brandId, postIds };
}
