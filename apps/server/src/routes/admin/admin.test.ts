import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, registerUser, TEST_PASSWORD, type RegisteredUser, uniqueEmail } from '../../testing/api-helpers';
import { addMember, createBrand } from '../../testing/fixtures';

let t: TestApp;
let owner: RegisteredUser;
let outsider: RegisteredUser;

beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app, { organizationName: 'Admin Org' });
  outsider = await registerUser(t.app, { organizationName: 'Neighbour Org' });
});
afterAll(async () => t.close());

interface AuditItem {
  id: string;
  action: string;
  entityType: string;
  entityId: string | null;
  actor: { id: string; email: string } | null;
  ip: string | null;
  userAgent: string | null;
  oldValues: Record<string, unknown> | null;
  newValues: Record<string, unknown> | null;
  createdAt: string;
}

interface OutboxItem {
  id: string;
  toAddress: string;
  subject: string;
  kind: string;
  status: string;
  actionUrl: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

function get(user: RegisteredUser, url: string) {
  return t.app.inject({ method: 'GET', url: `/api/v1/admin${url}`, headers: authHeaders(user.accessToken, user.organizationId) });
}

async function outboxOf(user: RegisteredUser): Promise<OutboxItem[]> {
  const response = await get(user, '/outbox?limit=100');
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}

/** The link of the newest outbox email to `address` (what its recipient would click). */
async function tokenSentTo(address: string): Promise<string> {
  const outbox = await t.context.core.uow.emailOutbox.list({ page: 1, limit: 100 });
  const email = outbox.items.find((item) => item.toAddress === address);
  return new URL(email?.actionUrl ?? 'http://none/').searchParams.get('token') ?? '';
}

describe('audit logs', () => {
  it('lists the organization trail newest first, paginated, with the actor email', async () => {
    for (const name of ['One', 'Two', 'Three']) await createBrand(t.app, owner, name);
    const first = await get(owner, '/audit-logs?page=1&limit=2');
    expect(first.statusCode, first.body).toBe(200);
    const page1 = first.json();
    expect(page1).toMatchObject({ page: 1, limit: 2, total: 4 }); // organization.created + 3 × brand.created
    expect(page1.items.map((item: AuditItem) => item.newValues?.['name'])).toEqual(['Three', 'Two']);
    const item: AuditItem = page1.items[0];
    expect(item).toMatchObject({
      action: 'brand.created',
      entityType: 'brand',
      actor: { id: owner.user.id, email: owner.email },
      userAgent: 'lightMyRequest', // the client that created the brand
      oldValues: null,
    });
    expect(item.ip).toEqual(expect.any(String));
    expect(new Date(item.createdAt).toISOString()).toBe(item.createdAt);

    const page2 = (await get(owner, '/audit-logs?page=2&limit=2')).json();
    expect(page2.items.map((entry: AuditItem) => entry.action)).toEqual(['brand.created', 'organization.created']);
    // Another organization's trail never shows up.
    expect((await get(outsider, '/audit-logs?limit=100')).json().items.map((entry: AuditItem) => entry.action)).toEqual(['organization.created']);
  });

  it('filters by action and by actor', async () => {
    const manager = await addMember(t, owner, 'manager');
    await createBrand(t.app, manager, 'By manager');
    const byAction = (await get(owner, '/audit-logs?action=brand.created&limit=100')).json();
    expect(byAction.items.length).toBeGreaterThan(0);
    expect(byAction.items.every((entry: AuditItem) => entry.action === 'brand.created')).toBe(true);
    const byActor = (await get(owner, `/audit-logs?actorUserId=${manager.user.id}&limit=100`)).json();
    expect(byActor.items.map((entry: AuditItem) => [entry.action, entry.actor?.email])).toEqual([
      ['brand.created', manager.email],
      ['member.joined', manager.email],
    ]);
    expect((await get(owner, '/audit-logs?actorUserId=someone')).statusCode).toBe(400);
  });

  it('is for owners and admins only', async () => {
    const admin = await addMember(t, owner, 'admin');
    expect((await get(admin, '/audit-logs')).statusCode).toBe(200);
    for (const role of ['manager', 'editor', 'viewer'] as const) {
      const member = await addMember(t, owner, role);
      const response = await get(member, '/audit-logs');
      expect(response.statusCode, role).toBe(403);
      expect(response.json().error.code).toBe('FORBIDDEN');
    }
  });

  it('never holds secrets in old or new values, whatever the flow', async () => {
    const person = await registerUser(t.app, { organizationName: 'Secretive Org' });
    const secrets = new Set<string>([TEST_PASSWORD, person.accessToken, person.cookie.split('=')[1] ?? '', await tokenSentTo(person.email)]);
    const changed = 'a brand new passphrase 1';
    const profile = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/users/profile',
      headers: authHeaders(person.accessToken),
      payload: { currentPassword: TEST_PASSWORD, newPassword: changed },
    });
    expect(profile.statusCode, profile.body).toBe(200);
    secrets.add(changed);
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/forgot-password', payload: { email: person.email } });
    const resetToken = await tokenSentTo(person.email);
    const reset = 'reset passphrase for audit 2';
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/reset-password', payload: { token: resetToken, password: reset } })).statusCode).toBe(204);
    secrets.add(resetToken).add(reset);
    const invitee = uniqueEmail('invitee');
    await t.app.inject({ method: 'POST', url: '/api/v1/organizations/members/invite', headers: authHeaders(owner.accessToken), payload: { email: invitee, role: 'editor' } });
    const inviteToken = await tokenSentTo(invitee);
    await registerUser(t.app, { email: invitee, inviteToken });
    secrets.add(inviteToken);
    expect([...secrets].every((secret) => secret.length >= 10)).toBe(true);

    // Every audit row of the instance, including those of no organization (registration, profile).
    const { rows } = await t.connection.pool.query<{ values: string }>(`SELECT coalesce(old_values::text, '') || coalesce(new_values::text, '') AS values FROM audit_logs`);
    expect(rows.length).toBeGreaterThan(5);
    const stored = rows.map((row) => row.values).join('\n');
    for (const secret of secrets) expect(stored).not.toContain(secret);
    expect(stored).not.toMatch(/\$argon2/);
    const listed = (await get(owner, '/audit-logs?limit=100')).body;
    for (const secret of secrets) expect(listed).not.toContain(secret);
  });
});

describe('outbox', () => {
  it('lists the verification email written at registration', async () => {
    const items = await outboxOf(owner);
    const verification = items.find((item) => item.kind === 'verify_email' && item.toAddress === owner.email);
    expect(verification).toMatchObject({ subject: expect.any(String), status: 'pending', attempts: 0, lastError: null, deliveredAt: null });
    expect(verification?.actionUrl).toMatch(/\/verify-email\?token=/);
    expect(verification).not.toHaveProperty('text');
  });

  it("shows the organization's invitation links but never other people's mail", async () => {
    const invitee = uniqueEmail('outbox-invitee');
    const invited = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organizations/members/invite',
      headers: authHeaders(owner.accessToken),
      payload: { email: invitee, role: 'viewer' },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const ownerView = await outboxOf(owner);
    expect(ownerView.find((item) => item.toAddress === invitee)?.actionUrl).toMatch(/\/accept-invite\?token=/);
    expect(ownerView.map((item) => item.toAddress)).not.toContain(outsider.email);

    const outsiderView = await outboxOf(outsider);
    expect(outsiderView.map((item) => item.toAddress)).toEqual([outsider.email]);
  });

  it('withholds password-reset links, even from their recipient', async () => {
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/forgot-password', payload: { email: owner.email } });
    const reset = (await outboxOf(owner)).find((item) => item.kind === 'reset_password');
    expect(reset).toMatchObject({ toAddress: owner.email, actionUrl: null });
    expect((await outboxOf(outsider)).some((item) => item.kind === 'reset_password')).toBe(false);
  });

  it('paginates and is for owners and admins only', async () => {
    const page = (await get(owner, '/outbox?page=1&limit=1')).json();
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThan(1);
    const editor = await addMember(t, owner, 'editor');
    expect((await get(editor, '/outbox')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/outbox' })).statusCode).toBe(401);
  });
});
