import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, expectFieldError, registerUser, uniqueEmail } from '../../testing/api-helpers';
import { addMember, latestEmailToken } from '../../testing/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('invitations', () => {
  it('invites by email; the invitee registers into the organization with the role and no organization of their own', async () => {
    const owner = await registerUser(t.app, { organizationName: 'Inviting Org' });
    const editor = await addMember(t, owner, 'editor');
    expect(editor.organizations).toEqual([expect.objectContaining({ id: owner.organizationId, role: 'editor' })]);
    const members = await t.app.inject({ method: 'GET', url: '/api/v1/organizations/members', headers: authHeaders(owner.accessToken) });
    expect(members.json().items.map((member: { email: string; role: string }) => [member.email, member.role])).toEqual([
      [owner.email, 'owner'],
      [editor.email, 'editor'],
    ]);
  });

  it('lets an existing user accept an invitation and switch between organizations with X-Organization-Id', async () => {
    const owner = await registerUser(t.app, { organizationName: 'Org A' });
    const other = await registerUser(t.app, { organizationName: 'Org B' });
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/organizations/members/invite',
      headers: authHeaders(owner.accessToken),
      payload: { email: other.email, role: 'manager' },
    });
    const token = await latestEmailToken(t);
    const lookup = await t.app.inject({ method: 'GET', url: `/api/v1/organizations/invitations/lookup?token=${token}` });
    expect(lookup.json()).toMatchObject({ organizationName: 'Org A', email: other.email, role: 'manager' });
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organizations/accept-invite',
      headers: authHeaders(other.accessToken),
      payload: { token },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);

    const list = await t.app.inject({ method: 'GET', url: '/api/v1/organizations', headers: authHeaders(other.accessToken) });
    expect(list.json().items.map((org: { name: string; role: string }) => [org.name, org.role])).toEqual([
      ['Org B', 'owner'],
      ['Org A', 'manager'],
    ]);
    const byDefault = await t.app.inject({ method: 'GET', url: '/api/v1/organizations/current', headers: authHeaders(other.accessToken) });
    expect(byDefault.json().organization.name).toBe('Org B');
    const switched = await t.app.inject({
      method: 'GET',
      url: '/api/v1/organizations/current',
      headers: authHeaders(other.accessToken, owner.organizationId),
    });
    expect(switched.json()).toMatchObject({ organization: { name: 'Org A' }, role: 'manager' });
  });

  it('refuses an invitation token used by a different email address', async () => {
    const owner = await registerUser(t.app);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/organizations/members/invite',
      headers: authHeaders(owner.accessToken),
      payload: { email: uniqueEmail('intended'), role: 'viewer' },
    });
    const token = await latestEmailToken(t);
    const stranger = await registerUser(t.app);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organizations/accept-invite',
      headers: authHeaders(stranger.accessToken),
      payload: { token },
    });
    expect(response.statusCode).toBe(403);
  });

  it('validates invitations: bad email, unknown role, existing member', async () => {
    const owner = await registerUser(t.app);
    const invite = (payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/v1/organizations/members/invite', headers: authHeaders(owner.accessToken), payload });
    expectFieldError(await invite({ email: 'nope', role: 'editor' }), 400, 'email');
    expectFieldError(await invite({ email: uniqueEmail(), role: 'superuser' }), 400, 'role');
    expectFieldError(await invite({ email: uniqueEmail() }), 400, 'role');
    expectFieldError(await invite({ email: owner.email, role: 'editor' }), 409, 'email');
  });

  it('revokes a pending invitation so its link stops working', async () => {
    const owner = await registerUser(t.app);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organizations/members/invite',
      headers: authHeaders(owner.accessToken),
      payload: { email: uniqueEmail(), role: 'editor' },
    });
    const token = await latestEmailToken(t);
    const id = created.json().invitation.id;
    const pending = await t.app.inject({ method: 'GET', url: '/api/v1/organizations/invitations', headers: authHeaders(owner.accessToken) });
    expect(pending.json().items.map((invitation: { id: string }) => invitation.id)).toContain(id);
    const revoked = await t.app.inject({ method: 'DELETE', url: `/api/v1/organizations/invitations/${id}`, headers: authHeaders(owner.accessToken) });
    expect(revoked.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/organizations/invitations/lookup?token=${token}` })).statusCode).toBe(404);
  });
});

describe('member management', () => {
  it('changes roles, but never leaves the organization without an owner', async () => {
    const owner = await registerUser(t.app);
    const admin = await addMember(t, owner, 'admin');
    const members = (await t.app.inject({ method: 'GET', url: '/api/v1/organizations/members', headers: authHeaders(owner.accessToken) })).json().items;
    const ownerMembership = members.find((member: { email: string }) => member.email === owner.email).id;
    const adminMembership = members.find((member: { email: string }) => member.email === admin.email).id;

    const demoteSelf = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/organizations/members/${ownerMembership}`,
      headers: authHeaders(owner.accessToken),
      payload: { role: 'admin' },
    });
    expect(demoteSelf.statusCode).toBe(409);
    const adminDemotesOwner = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/organizations/members/${ownerMembership}`,
      headers: authHeaders(admin.accessToken),
      payload: { role: 'viewer' },
    });
    expect(adminDemotesOwner.statusCode).toBe(403);
    const promote = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/organizations/members/${adminMembership}`,
      headers: authHeaders(owner.accessToken),
      payload: { role: 'manager' },
    });
    expect(promote.json().member).toMatchObject({ email: admin.email, role: 'manager' });
    expectFieldError(
      await t.app.inject({
        method: 'PUT',
        url: `/api/v1/organizations/members/${adminMembership}`,
        headers: authHeaders(owner.accessToken),
        payload: { role: 'king' },
      }),
      400,
      'role',
    );
    const removed = await t.app.inject({ method: 'DELETE', url: `/api/v1/organizations/members/${adminMembership}`, headers: authHeaders(owner.accessToken) });
    expect(removed.statusCode).toBe(204);
    // The removed member's token no longer reaches the organization.
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/organizations/current', headers: authHeaders(admin.accessToken, owner.organizationId) });
    expect(after.statusCode).toBe(404);
  });

  it('updates the organization (admin+) and rejects a taken slug', async () => {
    const owner = await registerUser(t.app, { organizationName: 'Slug One' });
    await registerUser(t.app, { organizationName: 'Slug Two' });
    const update = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/organizations',
      headers: authHeaders(owner.accessToken),
      payload: { name: 'Renamed', requireApproval: false },
    });
    expect(update.json().organization).toMatchObject({ name: 'Renamed', requireApproval: false });
    const taken = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/organizations',
      headers: authHeaders(owner.accessToken),
      payload: { slug: 'slug-two' },
    });
    expectFieldError(taken, 409, 'slug');
    expectFieldError(
      await t.app.inject({ method: 'PUT', url: '/api/v1/organizations', headers: authHeaders(owner.accessToken), payload: { slug: 'Bad Slug!' } }),
      400,
      'slug',
    );
  });

  it('creates a second organization owned by the caller', async () => {
    const user = await registerUser(t.app);
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/organizations', headers: authHeaders(user.accessToken), payload: { name: 'Second' } });
    expect(created.statusCode).toBe(201);
    expect(created.json().organization).toMatchObject({ name: 'Second', role: 'owner' });
    expectFieldError(
      await t.app.inject({ method: 'POST', url: '/api/v1/organizations', headers: authHeaders(user.accessToken), payload: { name: '' } }),
      400,
      'name',
    );
  });
});

describe('unknown fields', () => {
  it('names each unknown field in a strict body', async () => {
    const user = await registerUser(t.app);
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/organizations',
      headers: authHeaders(user.accessToken),
      payload: { name: 'Fine', plan: 'enterprise' },
    });
    expectFieldError(response, 400, 'plan');
  });
});
