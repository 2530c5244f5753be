import { eq } from 'drizzle-orm';
import { organizations } from '@socialseed/db/schema/index';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { makeMp4 } from '@socialseed/testkit/fixtures/video-fixtures';
import type { TestApp } from './test-app';
import { authHeaders, registerUser, type RegisteredUser, uniqueEmail } from './api-helpers';

/** A 1×1 PNG, the smallest valid image for upload tests. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A multipart/form-data body with one `file` field, for app.inject. */
export function multipartFile(bytes: Buffer, filename = 'logo.png', contentType = 'image/png') {
  const boundary = `----socialseed${Date.now().toString(16)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, bytes, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** The action link of the newest outbox email (what the recipient would click). */
export async function latestEmailToken(t: TestApp): Promise<string> {
  const outbox = await t.context.core.uow.emailOutbox.list({ page: 1, limit: 1 });
  return new URL(outbox.items[0]?.actionUrl ?? 'http://x/').searchParams.get('token') ?? '';
}

/** Invites a new person with `role` into the owner's organization and registers them through the link. */
export async function addMember(t: TestApp, owner: RegisteredUser, role: string): Promise<RegisteredUser & { membershipId: string }> {
  const email = uniqueEmail(role);
  const invite = await t.app.inject({
    method: 'POST',
    url: '/api/v1/organizations/members/invite',
    headers: authHeaders(owner.accessToken, owner.organizationId),
    payload: { email, role },
  });
  expect(invite.statusCode, invite.body).toBe(201);
  const member = await registerUser(t.app, { email, inviteToken: await latestEmailToken(t) });
  const membership = await t.context.core.uow.memberships.find(owner.organizationId, member.user.id);
  if (!membership) throw new Error('invited member has no membership');
  return { ...member, organizationId: owner.organizationId, membershipId: membership.id };
}

export async function createBrand(app: FastifyInstance, user: RegisteredUser, name = 'Fixture Brand'): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/brands',
    headers: authHeaders(user.accessToken, user.organizationId),
    payload: { name, industry: 'tech' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { brand: { id: string } }).brand.id;
}

export async function uploadImage(app: FastifyInstance, user: RegisteredUser): Promise<string> {
  const body = multipartFile(TINY_PNG);
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/media',
    headers: { ...authHeaders(user.accessToken, user.organizationId), ...body.headers },
    payload: body.payload,
  });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { media: { id: string } }).media.id;
}

/** Uploads a small MP4 (1280×720, 12.5 s) and answers its media id. */
export async function uploadVideo(app: FastifyInstance, user: RegisteredUser): Promise<string> {
  const body = multipartFile(makeMp4(), 'clip.mp4', 'video/mp4');
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/media',
    headers: { ...authHeaders(user.accessToken, user.organizationId), ...body.headers },
    payload: body.payload,
  });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { media: { id: string } }).media.id;
}

export async function createInvitation(app: FastifyInstance, user: RegisteredUser): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/organizations/members/invite',
    headers: authHeaders(user.accessToken, user.organizationId),
    payload: { email: uniqueEmail('pending'), role: 'viewer' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { invitation: { id: string } }).invitation.id;
}

/** Raises the member limit of an organization (plans are out of scope here; tests need many members). */
export async function setMemberLimit(t: TestApp, organizationId: string, maxUsers: number): Promise<void> {
  await t.connection.db.update(organizations).set({ maxUsers }).where(eq(organizations.id, organizationId));
}

/** A connected Sandbox account on a fresh brand of the user's organization. */
export async function connectSandboxAccount(app: FastifyInstance, user: RegisteredUser, brandId?: string): Promise<{ accountId: string; brandId: string }> {
  const brand = brandId ?? (await createBrand(app, user, 'Sandbox Brand'));
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/social-accounts/connect',
    headers: authHeaders(user.accessToken, user.organizationId),
    payload: { brandId: brand, platform: 'sandbox', identifier: `acct${Math.random().toString(16).slice(2, 8)}` },
  });
  expect(response.statusCode, response.body).toBe(201);
  return { accountId: (response.json() as { account: { id: string } }).account.id, brandId: brand };
}

/** A draft post to one new Sandbox account. */
export async function createDraftPost(app: FastifyInstance, user: RegisteredUser, text = 'Hello from the fixtures'): Promise<{ postId: string; accountId: string; brandId: string }> {
  const { accountId, brandId } = await connectSandboxAccount(app, user);
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/posts',
    headers: authHeaders(user.accessToken, user.organizationId),
    payload: { brandId, text, accountIds: [accountId] },
  });
  expect(response.statusCode, response.body).toBe(201);
  return { postId: (response.json() as { post: { id: string } }).post.id, accountId, brandId };
}

/** Moves a fresh post to `approved` (the owner approves their own post). */
export async function createApprovedPost(app: FastifyInstance, user: RegisteredUser, text?: string): Promise<{ postId: string; accountId: string; brandId: string }> {
  const created = await createDraftPost(app, user, text);
  const submitted = await app.inject({ method: 'POST', url: `/api/v1/posts/${created.postId}/submit`, headers: authHeaders(user.accessToken, user.organizationId) });
  expect(submitted.statusCode, submitted.body).toBe(200);
  return created;
}
