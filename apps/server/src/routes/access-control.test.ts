import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Permission } from '@socialseed/core/organizations/permissions';
import { roles, type Role } from '@socialseed/core/organizations/roles';
import { createTestApp, type TestApp } from '../testing/test-app';
import { authHeaders, registerUser, type RegisteredUser } from '../testing/api-helpers';
import { addMember, createBrand, createDraftPost, createInvitation, setMemberLimit, uploadImage } from '../testing/fixtures';
import { routeCatalogue, type RouteCase } from '../testing/route-catalogue';
import { recordAiTask } from '../testing/ai-fixtures';
import { createStoredTrend } from '../testing/trend-fixtures';
import { createCompetitor } from '../testing/engagement-fixtures';
import { createAbTestFixture } from '../testing/ab-test-fixtures';
import { insertNotification } from '../testing/notification-fixtures';

let t: TestApp;
let owner: RegisteredUser;
const members = new Map<Role, RegisteredUser>();

/** `/api/v1/organizations/` and `/api/v1/organizations` are one route registered twice. */
const normalise = (route: string) => (route.endsWith('/') ? route : `${route}/`).replace(/\/+$/, '/');

beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '100000' });
  owner = await registerUser(t.app, { organizationName: 'Matrix Org' });
  await setMemberLimit(t, owner.organizationId, 10_000);
  members.set('owner', owner);
  for (const role of roles.filter((role) => role !== 'owner')) members.set(role, await addMember(t, owner, role));
}, 120_000);
afterAll(async () => t.close());

/** Swagger UI's own asset routes are documentation, not API. */
const apiRoutes = () =>
  [...new Set(t.routes.filter((route) => route.includes(' /api/') && !route.includes(' /api/docs')).map(normalise))].sort();
const catalogued = new Map(Object.entries(routeCatalogue).map(([route, routeCase]) => [normalise(route), routeCase]));

function call(method: string, prepared: { url: string; payload?: object | Buffer; headers?: Record<string, string> }, headers: Record<string, string>) {
  return t.app.inject({
    method: method as 'GET',
    url: prepared.url,
    headers: { ...headers, ...prepared.headers },
    ...(prepared.payload ? { payload: prepared.payload } : {}),
  });
}

const permissionRoutes = () =>
  [...catalogued.entries()].filter((entry): entry is [string, RouteCase & { access: Permission }] => !['public', 'user'].includes(entry[1].access));

describe('route catalogue', () => {
  it('covers every registered API route, so none skips the checks below', () => {
    const missing = apiRoutes().filter((route) => !catalogued.has(route));
    expect(missing).toEqual([]);
    const stale = [...catalogued.keys()].filter((route) => !apiRoutes().includes(route));
    expect(stale).toEqual([]);
  });
});

describe('RBAC matrix: each role gets exactly what the permission table grants', () => {
  it.each(roles)('as %s', async (role) => {
    const member = members.get(role);
    if (!member) throw new Error(`no ${role} member`);
    const mismatches: string[] = [];
    for (const [route, routeCase] of permissionRoutes()) {
      const [method = 'GET'] = route.split(' ');
      const prepared = await routeCase.prepare(t, owner);
      const response = await call(method, prepared, authHeaders(member.accessToken, owner.organizationId));
      const allowed = can(role, routeCase.access);
      const denied = response.statusCode === 403;
      if (allowed === denied || response.statusCode >= 500) mismatches.push(`${route} → ${response.statusCode} (expected ${allowed ? 'allowed' : '403'})`);
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});

describe('cross-organization isolation', () => {
  it('answers 404 on every organization route when the request names an organization the user is not in', async () => {
    const outsider = await registerUser(t.app, { organizationName: 'Outsider Org' });
    const leaks: string[] = [];
    for (const [route, routeCase] of permissionRoutes()) {
      const [method = 'GET'] = route.split(' ');
      const prepared = await routeCase.prepare(t, owner);
      const response = await call(method, prepared, authHeaders(outsider.accessToken, owner.organizationId));
      if (response.statusCode !== 404) leaks.push(`${route} → ${response.statusCode}`);
    }
    expect(leaks).toEqual([]);
  }, 120_000);

  it("answers 404 for another organization's ids used from one's own organization, and changes nothing", async () => {
    // The foreign organization's owner has every permission in their own organization.
    const outsider = await registerUser(t.app, { organizationName: 'Prying Org' });
    const foreign = {
      brand: await createBrand(t.app, owner, 'Foreign brand'),
      media: await uploadImage(t.app, owner),
      invitation: await createInvitation(t.app, owner),
      member: (await addMember(t, owner, 'viewer')).membershipId,
      post: await createDraftPost(t.app, owner, 'Foreign post'),
      aiTask: (await recordAiTask(t, owner.organizationId)).id,
      trend: await createStoredTrend(t, owner.organizationId),
      competitor: await createCompetitor(t, owner, await createBrand(t.app, owner, 'Foreign watcher')),
      abTest: (await createAbTestFixture(t.app, owner)).testId,
      notification: await insertNotification(t, owner.organizationId),
      trendRun: (await t.context.core.uow.trendRuns.create({ organizationId: owner.organizationId, forced: true, requestedByUserId: owner.user.id })).id,
    };
    const foreignTarget = (await t.context.core.uow.targets.listForPost(foreign.post.postId))[0]?.id ?? '';
    const sessions = await t.context.core.uow.sessions.listActiveForUser(owner.user.id, new Date(), { page: 1, limit: 1 });
    const foreignSession = sessions.items[0]?.id ?? '';
    const idRoutes: Array<[string, string, object?]> = [
      ['GET', `/api/v1/brands/${foreign.brand}`],
      ['PUT', `/api/v1/brands/${foreign.brand}`, { name: 'Hijacked' }],
      ['POST', `/api/v1/brands/${foreign.brand}/activate`],
      ['GET', `/api/v1/brands/${foreign.brand}/safety-lists`],
      ['GET', `/api/v1/brands/${foreign.brand}/trends`],
      ['GET', `/api/v1/brands/${foreign.brand}/trend-settings`],
      ['GET', `/api/v1/brands/${foreign.brand}/learning`],
      ['POST', `/api/v1/brands/${foreign.brand}/learning/retrain`],
      ['GET', `/api/v1/brands/${foreign.brand}/learning/recommendation?platform=sandbox`],
      ['PUT', `/api/v1/brands/${foreign.brand}/trend-settings`, { queries: ['hijacked'] }],
      ['GET', `/api/v1/analytics/trends/${foreign.trend}`],
      ['POST', `/api/v1/brands/${foreign.brand}/trends/${foreign.trend}/dismiss`],
      ['GET', `/api/v1/ai-agents/trends/runs/${foreign.trendRun}`],
      ['PUT', `/api/v1/brands/${foreign.brand}/safety-lists`, { bannedWords: ['x'], sensitiveTopics: [] }],
      ['DELETE', `/api/v1/brands/${foreign.brand}`],
      ['GET', `/api/v1/media/${foreign.media}/content`],
      ['GET', `/api/v1/media/${foreign.media}`],
      ['PUT', `/api/v1/media/${foreign.media}`, { altText: 'Hijacked' }],
      ['DELETE', `/api/v1/media/${foreign.media}`],
      ['POST', `/api/v1/media/${foreign.media}/optimize`, { platforms: ['x'] }],
      ['PUT', `/api/v1/organizations/members/${foreign.member}`, { role: 'admin' }],
      ['DELETE', `/api/v1/organizations/members/${foreign.member}`],
      ['DELETE', `/api/v1/organizations/invitations/${foreign.invitation}`],
      ['DELETE', `/api/v1/users/sessions/${foreignSession}`],
      ['POST', `/api/v1/social-accounts/${foreign.post.accountId}/sync`],
      ['GET', `/api/v1/social-accounts/${foreign.post.accountId}/health`],
      ['DELETE', `/api/v1/social-accounts/${foreign.post.accountId}`],
      ['GET', `/api/v1/posts/${foreign.post.postId}`],
      ['PUT', `/api/v1/posts/${foreign.post.postId}`, { text: 'Hijacked' }],
      ['POST', `/api/v1/posts/${foreign.post.postId}/submit`],
      ['POST', `/api/v1/posts/${foreign.post.postId}/approve`],
      ['POST', `/api/v1/posts/${foreign.post.postId}/reject`, { comment: 'No' }],
      ['POST', `/api/v1/posts/${foreign.post.postId}/schedule`, { scheduledAt: new Date(Date.now() + 3_600_000).toISOString() }],
      ['POST', `/api/v1/posts/${foreign.post.postId}/publish`],
      ['POST', `/api/v1/posts/${foreign.post.postId}/queue`],
      ['POST', `/api/v1/posts/${foreign.post.postId}/cancel`],
      ['POST', `/api/v1/posts/${foreign.post.postId}/duplicate`],
      ['POST', `/api/v1/posts/${foreign.post.postId}/versions/1/restore`],
      ['GET', `/api/v1/posts/${foreign.post.postId}/preview`],
      ['POST', `/api/v1/posts/${foreign.post.postId}/targets/${foreignTarget}/retry`],
      ['DELETE', `/api/v1/posts/${foreign.post.postId}`],
      ['GET', `/api/v1/ai-agents/tasks/${foreign.aiTask}`],
      ['DELETE', `/api/v1/analytics/competitors/${foreign.competitor}`],
      ['GET', `/api/v1/ab-tests/${foreign.abTest}`],
      ['POST', `/api/v1/ab-tests/${foreign.abTest}/decide`, { action: 'revert' }],
      ['POST', `/api/v1/notifications/${foreign.notification}/read`],
    ];
    // Every catalogued route with an :id must appear above.
    const routeKey = (url: string) => url.replace(/\?.*$/, '').replace(/[0-9a-f-]{36}/, ':id').replace(/\/targets\/[0-9a-f-]{36}/, '/targets/:targetId').replace(/\/trends\/[0-9a-f-]{36}\/dismiss/, '/trends/:trendId/dismiss').replace(/\/versions\/\d+\//, '/versions/:version/');
    const idRouteKeys = new Set(idRoutes.map(([method, url]) => `${method} ${routeKey(url)}`));
    const uncovered = [...catalogued.keys()].filter((route) => route.includes(':id') && !idRouteKeys.has(route.replace(/\/$/, '')));
    expect(uncovered).toEqual([]);

    for (const [method, url, payload] of idRoutes) {
      const response = await call(method, { url, ...(payload ? { payload } : {}) }, authHeaders(outsider.accessToken, outsider.organizationId));
      expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(404);
    }
    const brand = await t.app.inject({ method: 'GET', url: `/api/v1/brands/${foreign.brand}`, headers: authHeaders(owner.accessToken) });
    expect(brand.json().brand.name).toBe('Foreign brand');
    expect(await t.context.core.uow.memberships.findById(owner.organizationId, foreign.member)).not.toBeNull();
    expect(await t.context.core.uow.media.findById(owner.organizationId, foreign.media)).not.toBeNull();
    const foreignPost = await t.context.core.uow.posts.findById(owner.organizationId, foreign.post.postId);
    expect(foreignPost).toMatchObject({ text: 'Foreign post', status: 'draft' });
    expect(await t.context.core.uow.abTests.findById(owner.organizationId, foreign.abTest)).toMatchObject({ status: 'running' });
    expect((await t.context.core.uow.notifications.list(owner.organizationId, { unread: true }, { page: 1, limit: 100 })).items.map((item) => item.id)).toContain(foreign.notification);
  }, 120_000);
});
