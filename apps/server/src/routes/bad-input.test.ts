import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../testing/api-helpers';
import { routeCatalogue } from '../testing/route-catalogue';

let t: TestApp;
let owner: RegisteredUser;
beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app);
});
afterAll(async () => t.close());

/**
 * For every route that takes a JSON body: a body that is wrong in one field, and the field the
 * answer must name. Routes without a body say so with `null`; the test below fails if a POST/PUT
 * route is missing from this table.
 */
const SOME_ID_FOR_BODY = '00000000-0000-4000-8000-000000000002';
const invalidBodies: Record<string, { payload: object; field: string } | null> = {
  'POST /api/v1/auth/register': { payload: { email: 'a@b.test', password: 'long enough pass', name: 42 }, field: 'name' },
  'POST /api/v1/auth/login': { payload: { password: 'x' }, field: 'email' },
  'POST /api/v1/auth/refresh': null,
  'POST /api/v1/auth/logout': null,
  'POST /api/v1/auth/resend-verification': null,
  'POST /api/v1/auth/forgot-password': { payload: { email: ['a@b.test'] }, field: 'email' },
  'POST /api/v1/auth/reset-password': { payload: { token: 'a-valid-looking-token', password: 'short' }, field: 'password' },
  'POST /api/v1/auth/verify-email': { payload: { token: 7 }, field: 'token' },
  'PUT /api/v1/users/profile': { payload: { newPassword: 'a fine new password' }, field: 'currentPassword' },
  'POST /api/v1/organizations/': { payload: { name: true }, field: 'name' },
  'PUT /api/v1/organizations/': { payload: { requireApproval: 'yes' }, field: 'requireApproval' },
  'POST /api/v1/organizations/members/invite': { payload: { email: 'x@y.test', role: 'emperor' }, field: 'role' },
  'PUT /api/v1/organizations/members/:id': { payload: {}, field: 'role' },
  'POST /api/v1/organizations/accept-invite': { payload: {}, field: 'token' },
  'POST /api/v1/brands/': { payload: { name: 'Six pillars', industry: 'tech', pillars: ['a', 'b', 'c', 'd', 'e', 'f'] }, field: 'pillars' },
  'PUT /api/v1/brands/:id': { payload: { colors: { primary: '#12345', secondary: '#000000' } }, field: 'colors.primary' },
  'POST /api/v1/brands/:id/activate': null,
  'PUT /api/v1/brands/:id/trend-settings': { payload: { feeds: ['ftp://feeds.example.com/rss'] }, field: 'feeds.0' },
  'POST /api/v1/brands/:id/trends/:trendId/dismiss': null,
  'POST /api/v1/brands/:id/learning/retrain': null,
  'POST /api/v1/ai-agents/trends/analyze': null,
  'PUT /api/v1/brands/:id/safety-lists': { payload: { bannedWords: [''], sensitiveTopics: [] }, field: 'bannedWords.0' },
  'POST /api/v1/media/': null, // multipart: covered by media.test.ts (missing, oversize, wrong bytes)
  'POST /api/v1/media/upload': null, // the same handler as POST /media
  'PUT /api/v1/media/:id': { payload: { altText: 'x'.repeat(1501) }, field: 'altText' },
  'POST /api/v1/media/:id/optimize': { payload: { platforms: ['x', 'myspace'] }, field: 'platforms.1' },
  'POST /api/v1/social-accounts/connect': { payload: { brandId: SOME_ID_FOR_BODY, platform: 'myspace', identifier: 'x' }, field: 'platform' },
  'POST /api/v1/social-accounts/:id/sync': null,
  'POST /api/v1/posts/': { payload: { brandId: 'not-a-uuid', text: 'Hi' }, field: 'brandId' },
  'PUT /api/v1/posts/:id': { payload: { tags: ['x'.repeat(41)] }, field: 'tags.0' },
  'POST /api/v1/posts/:id/submit': null,
  'POST /api/v1/posts/:id/approve': null,
  'POST /api/v1/posts/:id/reject': { payload: { comment: '' }, field: 'comment' },
  'POST /api/v1/posts/:id/schedule': { payload: { scheduledAt: 'tomorrow at nine' }, field: 'scheduledAt' },
  'POST /api/v1/posts/:id/publish': null,
  'POST /api/v1/posts/:id/queue': null,
  'POST /api/v1/posts/:id/cancel': null,
  'POST /api/v1/posts/:id/duplicate': null,
  'POST /api/v1/posts/:id/versions/:version/restore': null,
  'POST /api/v1/posts/:id/targets/:targetId/retry': null,
  'POST /api/v1/posts/bulk-schedule': { payload: { items: [{ postId: SOME_ID_FOR_BODY, scheduledAt: 'next tuesday' }] }, field: 'items.0.scheduledAt' },
  'POST /api/v1/posts/import': { payload: { brandId: 'not-a-uuid', csv: 'text\nHello' }, field: 'brandId' },
  'POST /api/v1/ai-agents/graphics/render': { payload: { brandId: SOME_ID_FOR_BODY, layout: 'billboard', headline: 'Hi' }, field: 'layout' },
  'POST /api/v1/posts/validate': { payload: { platform: 'x', text: 'ok', media: [{ mimeType: 'image/png', sizeBytes: -1 }] }, field: 'media.0.sizeBytes' },
  'PUT /api/v1/ai-agents/settings': { payload: { autoApproveThreshold: 1.5 }, field: 'autoApproveThreshold' },
  'POST /api/v1/ai-agents/content/generate': { payload: { brandId: SOME_ID_FOR_BODY, platform: 'sandbox', format: 'single', topic: '   ' }, field: 'topic' },
  'POST /api/v1/ai-agents/content/save': { payload: { brandId: SOME_ID_FOR_BODY, text: 'Hi', provenance: { tier: 'oracle', provider: 'x', model: 'y', taskId: null } }, field: 'provenance.tier' },
  'POST /api/v1/ai-agents/content/improve': { payload: { brandId: SOME_ID_FOR_BODY, platform: 'x', text: 'Hi', operation: 'tone' }, field: 'tone' },
  'POST /api/v1/ai-agents/hashtags/suggest': { payload: { brandId: SOME_ID_FOR_BODY, platform: 'myspace', text: 'Hi' }, field: 'platform' },
  'POST /api/v1/analytics/competitors': { payload: { brandId: SOME_ID_FOR_BODY, platform: 'linkedin', handle: 'rival' }, field: 'platform' },
  'POST /api/v1/analytics/sync': null,
  'POST /api/v1/analytics/sandbox-history': { payload: { brandId: SOME_ID_FOR_BODY, days: 90 }, field: 'days' },
  'POST /api/v1/notifications/:id/read': null,
  'POST /api/v1/notifications/read-all': { payload: { brandId: 'not-a-uuid' }, field: 'brandId' },
  'POST /api/v1/ab-tests/': { payload: { brandId: SOME_ID_FOR_BODY, name: 'One variant', postIds: [SOME_ID_FOR_BODY] }, field: 'postIds' },
  'POST /api/v1/ab-tests/:id/decide': { payload: { action: 'maybe' }, field: 'action' },
};

const SOME_ID = '00000000-0000-4000-8000-000000000001';
const withId = (route: string, id: string) => route.split(' ')[1]?.replace(':id', id).replace(/\/$/, '') ?? '';
const bodyRoutes = Object.keys(routeCatalogue).filter((route) => /^(POST|PUT) /.test(route));

describe('bad input on every route answers 4xx naming the field', () => {
  it('has a bad-body case for every POST and PUT route', () => {
    expect(bodyRoutes.filter((route) => !(route in invalidBodies))).toEqual([]);
  });

  it.each(Object.entries(invalidBodies).filter((entry): entry is [string, { payload: object; field: string }] => entry[1] !== null))(
    '%s',
    async (route, bad) => {
      const [method = 'POST'] = route.split(' ');
      const response = await t.app.inject({
        method: method as 'POST',
        url: withId(route, SOME_ID),
        headers: authHeaders(owner.accessToken),
        payload: bad.payload,
      });
      expectFieldError(response, 400, bad.field);
    },
  );

  // Media take multipart; the import has its own, larger limit (posts-import.test.ts checks it).
  const ownLimit = ['POST /api/v1/media/', 'POST /api/v1/media/upload', 'POST /api/v1/posts/import'];
  it.each(bodyRoutes.filter((route) => !ownLimit.includes(route)))('%s refuses an oversize body with 413', async (route) => {
    const [method = 'POST'] = route.split(' ');
    const response = await t.app.inject({
      method: method as 'POST',
      url: withId(route, SOME_ID),
      headers: authHeaders(owner.accessToken),
      payload: { name: 'x'.repeat(1_100_000) },
    });
    expectFieldError(response, 413, 'body');
  });

  it.each(Object.keys(routeCatalogue).filter((route) => route.includes(':id')))('%s names `id` when it is not an id', async (route) => {
    const [method = 'GET'] = route.split(' ');
    const response = await t.app.inject({
      method: method as 'GET',
      url: withId(route, 'not-an-id'),
      headers: authHeaders(owner.accessToken),
      ...(method === 'PUT' ? { payload: {} } : {}),
    });
    expectFieldError(response, 400, 'id');
  });

  it.each(['/api/v1/organizations', '/api/v1/organizations/members', '/api/v1/organizations/invitations', '/api/v1/brands', '/api/v1/users/sessions', '/api/v1/admin/audit-logs', '/api/v1/admin/outbox', '/api/v1/social-accounts', '/api/v1/posts', '/api/v1/ai-agents/tasks', '/api/v1/analytics/trends', '/api/v1/analytics/posts', '/api/v1/notifications', '/api/v1/ab-tests'])(
    'GET %s names `page` and `limit` when out of range',
    async (url) => {
      expectFieldError(await t.app.inject({ method: 'GET', url: `${url}?limit=101`, headers: authHeaders(owner.accessToken) }), 400, 'limit');
      expectFieldError(await t.app.inject({ method: 'GET', url: `${url}?page=0`, headers: authHeaders(owner.accessToken) }), 400, 'page');
      expectFieldError(await t.app.inject({ method: 'GET', url: `${url}?limit=ten`, headers: authHeaders(owner.accessToken) }), 400, 'limit');
    },
  );
});
