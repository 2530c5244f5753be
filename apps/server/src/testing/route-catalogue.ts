import type { Permission } from '@socialseed/core/organizations/permissions';
import type { TestApp } from './test-app';
import type { RegisteredUser } from './api-helpers';
import {
  addMember,
  connectSandboxAccount,
  createApprovedPost,
  createBrand,
  createDraftPost,
  createInvitation,
  multipartFile,
  TINY_PNG,
  uploadImage,
} from './fixtures';
import { createFailedDelivery } from './post-fixtures';
import { recordAiTask } from './ai-fixtures';
import { createStoredTrend } from './trend-fixtures';
import { createCompetitor } from './engagement-fixtures';
import { createAbTestFixture, createVariantPosts } from './ab-test-fixtures';
import { insertNotification } from './notification-fixtures';

/** What a route needs to be called: a URL (ids filled in) and a body. */
export interface PreparedCall {
  url: string;
  payload?: object | Buffer;
  headers?: Record<string, string>;
}

/**
 * Who may call a route: `public` (no token), `user` (any signed-in user, not tied to the
 * request's organization), or one action of the permission table, scoped to the organization.
 */
export type Access = 'public' | 'user' | Permission;

export interface RouteCase {
  access: Access;
  /**
   * Builds a valid call inside `owner`'s organization. Ids refer to fresh resources created for
   * this call, so destructive calls can be repeated per role.
   */
  prepare(t: TestApp, owner: RegisteredUser): Promise<PreparedCall>;
}

const fixed = (url: string, payload?: object) => async (): Promise<PreparedCall> => (payload ? { url, payload } : { url });

const brandPayload = { name: 'Updated name', industry: 'retail' };

/**
 * Every /api route with how to call it. access-control.test.ts fails when a registered route is
 * missing here, so a new route cannot skip the RBAC and isolation checks.
 */
export const routeCatalogue: Record<string, RouteCase> = {
  'GET /api/health': { access: 'public', prepare: fixed('/api/health') },
  'GET /api/v1/meta': { access: 'public', prepare: fixed('/api/v1/meta') },
  'GET /api/openapi.json': { access: 'public', prepare: fixed('/api/openapi.json') },
  'POST /api/v1/auth/register': { access: 'public', prepare: fixed('/api/v1/auth/register') },
  'POST /api/v1/auth/login': { access: 'public', prepare: fixed('/api/v1/auth/login') },
  'POST /api/v1/auth/refresh': { access: 'public', prepare: fixed('/api/v1/auth/refresh') },
  'POST /api/v1/auth/logout': { access: 'public', prepare: fixed('/api/v1/auth/logout') },
  'POST /api/v1/auth/forgot-password': { access: 'public', prepare: fixed('/api/v1/auth/forgot-password') },
  'POST /api/v1/auth/reset-password': { access: 'public', prepare: fixed('/api/v1/auth/reset-password') },
  'POST /api/v1/auth/verify-email': { access: 'public', prepare: fixed('/api/v1/auth/verify-email') },
  'GET /api/v1/organizations/invitations/lookup': { access: 'public', prepare: fixed('/api/v1/organizations/invitations/lookup') },
  'POST /api/v1/auth/resend-verification': { access: 'user', prepare: fixed('/api/v1/auth/resend-verification') },
  'GET /api/v1/users/profile': { access: 'user', prepare: fixed('/api/v1/users/profile') },
  'PUT /api/v1/users/profile': { access: 'user', prepare: fixed('/api/v1/users/profile', { name: 'Renamed' }) },
  'GET /api/v1/users/sessions': { access: 'user', prepare: fixed('/api/v1/users/sessions') },
  'DELETE /api/v1/users/sessions/:id': { access: 'user', prepare: fixed('/api/v1/users/sessions/00000000-0000-4000-8000-000000000000') },
  'GET /api/v1/organizations/': { access: 'user', prepare: fixed('/api/v1/organizations') },
  'POST /api/v1/organizations/': { access: 'user', prepare: fixed('/api/v1/organizations', { name: 'Another' }) },
  'POST /api/v1/organizations/accept-invite': { access: 'user', prepare: fixed('/api/v1/organizations/accept-invite') },

  'GET /api/v1/organizations/current': { access: 'organization.read', prepare: fixed('/api/v1/organizations/current') },
  'PUT /api/v1/organizations/': { access: 'organization.update', prepare: fixed('/api/v1/organizations', { requireApproval: true }) },
  'GET /api/v1/organizations/members': { access: 'members.read', prepare: fixed('/api/v1/organizations/members') },
  'POST /api/v1/organizations/members/invite': {
    access: 'members.invite',
    prepare: async () => ({ url: '/api/v1/organizations/members/invite', payload: { email: `x-${Math.random().toString(16).slice(2)}@example.test`, role: 'viewer' } }),
  },
  'PUT /api/v1/organizations/members/:id': {
    access: 'members.update',
    prepare: async (t, owner) => ({ url: `/api/v1/organizations/members/${(await addMember(t, owner, 'viewer')).membershipId}`, payload: { role: 'editor' } }),
  },
  'DELETE /api/v1/organizations/members/:id': {
    access: 'members.remove',
    prepare: async (t, owner) => ({ url: `/api/v1/organizations/members/${(await addMember(t, owner, 'viewer')).membershipId}` }),
  },
  'GET /api/v1/organizations/invitations': { access: 'invitations.read', prepare: fixed('/api/v1/organizations/invitations') },
  'DELETE /api/v1/organizations/invitations/:id': {
    access: 'invitations.revoke',
    prepare: async (t, owner) => ({ url: `/api/v1/organizations/invitations/${await createInvitation(t.app, owner)}` }),
  },

  'GET /api/v1/brands/': { access: 'brands.read', prepare: fixed('/api/v1/brands') },
  'POST /api/v1/brands/': { access: 'brands.create', prepare: fixed('/api/v1/brands', { name: 'New brand', industry: 'fintech' }) },
  'GET /api/v1/brands/:id': { access: 'brands.read', prepare: async (t, owner) => ({ url: `/api/v1/brands/${await createBrand(t.app, owner)}` }) },
  'PUT /api/v1/brands/:id': {
    access: 'brands.update',
    prepare: async (t, owner) => ({ url: `/api/v1/brands/${await createBrand(t.app, owner)}`, payload: brandPayload }),
  },
  'DELETE /api/v1/brands/:id': { access: 'brands.delete', prepare: async (t, owner) => ({ url: `/api/v1/brands/${await createBrand(t.app, owner)}` }) },
  'GET /api/v1/brands/:id/safety-lists': { access: 'brands.read', prepare: async (t, owner) => ({ url: `/api/v1/brands/${await createBrand(t.app, owner)}/safety-lists` }) },
  'PUT /api/v1/brands/:id/safety-lists': {
    access: 'brands.update',
    prepare: async (t, owner) => ({ url: `/api/v1/brands/${await createBrand(t.app, owner)}/safety-lists`, payload: { bannedWords: ['cheap'], sensitiveTopics: ['politics'] } }),
  },
  'GET /api/v1/brands/:id/trends': { access: 'trends.read', prepare: async (t, owner) => ({ url: `/api/v1/brands/${await createBrand(t.app, owner)}/trends` }) },
  'GET /api/v1/brands/:id/trend-settings': { access: 'trends.read', prepare: async (t, owner) => ({ url: `/api/v1/brands/${await createBrand(t.app, owner)}/trend-settings` }) },
  'PUT /api/v1/brands/:id/trend-settings': {
    access: 'brands.update',
    prepare: async (t, owner) => ({ url: `/api/v1/brands/${await createBrand(t.app, owner)}/trend-settings`, payload: { subreddits: ['fintech'], queries: ['open banking'] } }),
  },
  'POST /api/v1/brands/:id/trends/:trendId/dismiss': {
    access: 'trends.dismiss',
    prepare: async (t, owner) => ({ url: `/api/v1/brands/${await createBrand(t.app, owner)}/trends/${await createStoredTrend(t, owner.organizationId)}/dismiss` }),
  },
  'GET /api/v1/brands/:id/learning': { access: 'brands.read', prepare: async (t, owner) => ({ url: `/api/v1/brands/${await createBrand(t.app, owner)}/learning` }) },
  'POST /api/v1/brands/:id/learning/retrain': { access: 'brands.update', prepare: async (t, owner) => ({ url: `/api/v1/brands/${await createBrand(t.app, owner)}/learning/retrain` }) },
  'GET /api/v1/brands/:id/learning/recommendation': { access: 'brands.read', prepare: async (t, owner) => ({ url: `/api/v1/brands/${await createBrand(t.app, owner)}/learning/recommendation?platform=sandbox` }) },
  'POST /api/v1/ai-agents/trends/analyze': { access: 'trends.refresh', prepare: fixed('/api/v1/ai-agents/trends/analyze') },
  'GET /api/v1/ai-agents/trends/runs/:id': { access: 'trends.read', prepare: fixed('/api/v1/ai-agents/trends/runs/latest') },
  'GET /api/v1/analytics/trends': { access: 'trends.read', prepare: fixed('/api/v1/analytics/trends') },
  'GET /api/v1/analytics/trends/:id': { access: 'trends.read', prepare: async (t, owner) => ({ url: `/api/v1/analytics/trends/${await createStoredTrend(t, owner.organizationId)}` }) },
  'GET /api/v1/analytics/overview': { access: 'posts.read', prepare: async (t, owner) => ({ url: `/api/v1/analytics/overview?brandId=${await createBrand(t.app, owner)}` }) },
  'GET /api/v1/analytics/posts': { access: 'posts.read', prepare: async (t, owner) => ({ url: `/api/v1/analytics/posts?brandId=${await createBrand(t.app, owner)}` }) },
  'GET /api/v1/analytics/engagement': { access: 'posts.read', prepare: async (t, owner) => ({ url: `/api/v1/analytics/engagement?brandId=${await createBrand(t.app, owner)}` }) },
  'GET /api/v1/analytics/growth': { access: 'posts.read', prepare: async (t, owner) => ({ url: `/api/v1/analytics/growth?brandId=${await createBrand(t.app, owner)}` }) },
  'GET /api/v1/analytics/audience': { access: 'posts.read', prepare: async (t, owner) => ({ url: `/api/v1/analytics/audience?brandId=${await createBrand(t.app, owner)}` }) },
  'GET /api/v1/analytics/competitors': { access: 'posts.read', prepare: async (t, owner) => ({ url: `/api/v1/analytics/competitors?brandId=${await createBrand(t.app, owner)}` }) },
  'GET /api/v1/analytics/export': { access: 'posts.read', prepare: async (t, owner) => ({ url: `/api/v1/analytics/export?brandId=${await createBrand(t.app, owner)}` }) },
  'POST /api/v1/analytics/competitors': {
    access: 'brands.update',
    prepare: async (t, owner) => ({ url: '/api/v1/analytics/competitors', payload: { brandId: await createBrand(t.app, owner), platform: 'sandbox', handle: 'matrix_rival' } }),
  },
  'POST /api/v1/analytics/sync': { access: 'posts.write', prepare: fixed('/api/v1/analytics/sync') },
  'POST /api/v1/analytics/sandbox-history': {
    access: 'posts.write',
    prepare: async (t, owner) => ({ url: '/api/v1/analytics/sandbox-history', payload: { brandId: (await connectSandboxAccount(t.app, owner)).brandId, days: 7, postsPerDay: 1 } }),
  },
  'DELETE /api/v1/analytics/competitors/:id': { access: 'brands.update', prepare: async (t, owner) => ({ url: `/api/v1/analytics/competitors/${await createCompetitor(t, owner, await createBrand(t.app, owner))}` }) },
  'GET /api/v1/notifications/': { access: 'organization.read', prepare: fixed('/api/v1/notifications?unread=true') },
  'POST /api/v1/notifications/:id/read': { access: 'organization.read', prepare: async (t, owner) => ({ url: `/api/v1/notifications/${await insertNotification(t, owner.organizationId)}/read` }) },
  'POST /api/v1/notifications/read-all': { access: 'organization.read', prepare: fixed('/api/v1/notifications/read-all') },
  'GET /api/v1/ab-tests/': { access: 'posts.read', prepare: fixed('/api/v1/ab-tests') },
  'POST /api/v1/ab-tests/': {
    access: 'posts.write',
    prepare: async (t, owner) => {
      const { brandId, postIds } = await createVariantPosts(t.app, owner);
      return { url: '/api/v1/ab-tests', payload: { brandId, name: 'Matrix test', postIds } };
    },
  },
  'GET /api/v1/ab-tests/:id': { access: 'posts.read', prepare: async (t, owner) => ({ url: `/api/v1/ab-tests/${(await createAbTestFixture(t.app, owner)).testId}` }) },
  'POST /api/v1/ab-tests/:id/decide': {
    access: 'posts.write',
    prepare: async (t, owner) => ({ url: `/api/v1/ab-tests/${(await createAbTestFixture(t.app, owner)).testId}/decide`, payload: { action: 'revert' } }),
  },
  'POST /api/v1/brands/:id/activate': {
    access: 'brands.update',
    prepare: async (t, owner) => ({ url: `/api/v1/brands/${await createBrand(t.app, owner)}/activate` }),
  },
  'POST /api/v1/media/': {
    access: 'media.upload',
    prepare: async () => {
      const body = multipartFile(TINY_PNG);
      return { url: '/api/v1/media', payload: body.payload, headers: body.headers };
    },
  },
  'POST /api/v1/media/upload': {
    access: 'media.upload',
    prepare: async () => {
      const body = multipartFile(TINY_PNG);
      return { url: '/api/v1/media/upload', payload: body.payload, headers: body.headers };
    },
  },
  'GET /api/v1/media/:id/content': {
    access: 'media.read',
    prepare: async (t, owner) => ({ url: `/api/v1/media/${await uploadImage(t.app, owner)}/content` }),
  },
  'GET /api/v1/media/': { access: 'media.read', prepare: fixed('/api/v1/media?page=1&limit=5') },
  'GET /api/v1/media/storage-usage': { access: 'media.read', prepare: fixed('/api/v1/media/storage-usage') },
  'GET /api/v1/media/:id': { access: 'media.read', prepare: async (t, owner) => ({ url: `/api/v1/media/${await uploadImage(t.app, owner)}` }) },
  'PUT /api/v1/media/:id': { access: 'media.upload', prepare: async (t, owner) => ({ url: `/api/v1/media/${await uploadImage(t.app, owner)}`, payload: { altText: 'Our team at the launch' } }) },
  'DELETE /api/v1/media/:id': { access: 'media.upload', prepare: async (t, owner) => ({ url: `/api/v1/media/${await uploadImage(t.app, owner)}` }) },
  'POST /api/v1/media/:id/optimize': {
    access: 'media.upload',
    prepare: async (t, owner) => ({ url: `/api/v1/media/${await uploadImage(t.app, owner)}/optimize`, payload: { platforms: ['x'] } }),
  },
  'POST /api/v1/ai-agents/graphics/render': {
    access: 'posts.write',
    prepare: async (t, owner) => ({ url: '/api/v1/ai-agents/graphics/render', payload: { brandId: await createBrand(t.app, owner), layout: 'card', headline: 'Matrix graphic' } }),
  },
  'GET /api/v1/social-accounts/': { access: 'social_accounts.read', prepare: fixed('/api/v1/social-accounts') },
  'POST /api/v1/social-accounts/connect': {
    access: 'social_accounts.manage',
    prepare: async (t, owner) => ({ url: '/api/v1/social-accounts/connect', payload: { brandId: await createBrand(t.app, owner), platform: 'sandbox', identifier: 'matrix' } }),
  },
  'GET /api/v1/social-accounts/oauth/:platform/start': {
    access: 'social_accounts.manage',
    // Without an X app configured the start is refused (400) — still after the permission check.
    prepare: async (t, owner) => ({ url: `/api/v1/social-accounts/oauth/x/start?brandId=${await createBrand(t.app, owner)}` }),
  },
  'GET /api/v1/social-accounts/oauth/:platform/callback': { access: 'public', prepare: fixed('/api/v1/social-accounts/oauth/x/callback?state=abcdefghijkl&error=access_denied') },
  'POST /api/v1/social-accounts/:id/sync': {
    access: 'social_accounts.manage',
    prepare: async (t, owner) => ({ url: `/api/v1/social-accounts/${(await connectSandboxAccount(t.app, owner)).accountId}/sync` }),
  },
  'GET /api/v1/social-accounts/:id/health': {
    access: 'social_accounts.read',
    prepare: async (t, owner) => ({ url: `/api/v1/social-accounts/${(await connectSandboxAccount(t.app, owner)).accountId}/health` }),
  },
  'DELETE /api/v1/social-accounts/:id': {
    access: 'social_accounts.manage',
    prepare: async (t, owner) => ({ url: `/api/v1/social-accounts/${(await connectSandboxAccount(t.app, owner)).accountId}` }),
  },
  'GET /api/v1/posts/': { access: 'posts.read', prepare: fixed('/api/v1/posts') },
  'POST /api/v1/posts/validate': { access: 'posts.read', prepare: fixed('/api/v1/posts/validate', { platform: 'x', text: 'Hello' }) },
  'GET /api/v1/posts/calendar': { access: 'posts.read', prepare: fixed('/api/v1/posts/calendar?from=2026-01-01T00:00:00Z&to=2026-01-31T00:00:00Z') },
  'GET /api/v1/posts/delivery-status': { access: 'posts.read', prepare: fixed('/api/v1/posts/delivery-status') },
  'POST /api/v1/posts/': {
    access: 'posts.write',
    prepare: async (t, owner) => ({ url: '/api/v1/posts', payload: { brandId: await createBrand(t.app, owner), text: 'Matrix post' } }),
  },
  'GET /api/v1/posts/:id': { access: 'posts.read', prepare: async (t, owner) => ({ url: `/api/v1/posts/${(await createDraftPost(t.app, owner)).postId}` }) },
  'PUT /api/v1/posts/:id': {
    access: 'posts.write',
    prepare: async (t, owner) => ({ url: `/api/v1/posts/${(await createDraftPost(t.app, owner)).postId}`, payload: { text: 'Edited' } }),
  },
  'DELETE /api/v1/posts/:id': { access: 'posts.write', prepare: async (t, owner) => ({ url: `/api/v1/posts/${(await createDraftPost(t.app, owner)).postId}` }) },
  'POST /api/v1/posts/:id/submit': {
    access: 'posts.write',
    prepare: async (t, owner) => ({ url: `/api/v1/posts/${(await createDraftPost(t.app, owner)).postId}/submit` }),
  },
  'POST /api/v1/posts/:id/approve': {
    access: 'posts.approve',
    prepare: async (t, owner) => ({ url: `/api/v1/posts/${(await createDraftPost(t.app, owner)).postId}/approve` }),
  },
  'POST /api/v1/posts/:id/reject': {
    access: 'posts.approve',
    prepare: async (t, owner) => ({ url: `/api/v1/posts/${(await createApprovedPost(t.app, owner)).postId}/reject`, payload: { comment: 'Tone it down' } }),
  },
  'POST /api/v1/posts/:id/schedule': {
    access: 'posts.schedule',
    prepare: async (t, owner) => ({
      url: `/api/v1/posts/${(await createApprovedPost(t.app, owner)).postId}/schedule`,
      payload: { scheduledAt: new Date(Date.now() + 3_600_000).toISOString() },
    }),
  },
  'POST /api/v1/posts/:id/queue': {
    access: 'posts.schedule',
    prepare: async (t, owner) => ({ url: `/api/v1/posts/${(await createApprovedPost(t.app, owner)).postId}/queue` }),
  },
  'POST /api/v1/posts/:id/publish': {
    access: 'posts.schedule',
    prepare: async (t, owner) => ({ url: `/api/v1/posts/${(await createApprovedPost(t.app, owner)).postId}/publish` }),
  },
  'POST /api/v1/posts/:id/cancel': {
    access: 'posts.schedule',
    prepare: async (t, owner) => ({ url: `/api/v1/posts/${(await createApprovedPost(t.app, owner)).postId}/cancel` }),
  },
  'POST /api/v1/posts/:id/duplicate': {
    access: 'posts.write',
    prepare: async (t, owner) => ({ url: `/api/v1/posts/${(await createDraftPost(t.app, owner)).postId}/duplicate` }),
  },
  'POST /api/v1/posts/:id/versions/:version/restore': {
    access: 'posts.write',
    prepare: async (t, owner) => ({ url: `/api/v1/posts/${(await createDraftPost(t.app, owner)).postId}/versions/1/restore` }),
  },
  'GET /api/v1/posts/:id/preview': { access: 'posts.read', prepare: async (t, owner) => ({ url: `/api/v1/posts/${(await createDraftPost(t.app, owner)).postId}/preview` }) },
  'POST /api/v1/posts/:id/targets/:targetId/retry': {
    access: 'posts.schedule',
    prepare: async (t, owner) => {
      const failed = await createFailedDelivery(t, owner);
      return { url: `/api/v1/posts/${failed.postId}/targets/${failed.targetId}/retry` };
    },
  },
  'POST /api/v1/posts/bulk-schedule': {
    access: 'posts.schedule',
    prepare: async (t, owner) => ({
      url: '/api/v1/posts/bulk-schedule',
      payload: { items: [{ postId: (await createApprovedPost(t.app, owner)).postId, scheduledAt: new Date(Date.now() + 3_600_000).toISOString() }] },
    }),
  },
  'POST /api/v1/posts/import': {
    access: 'posts.write',
    prepare: async (t, owner) => ({ url: '/api/v1/posts/import', payload: { brandId: await createBrand(t.app, owner), csv: 'text\nImported in the matrix\n' } }),
  },
  'GET /api/v1/admin/audit-logs': { access: 'audit.read', prepare: fixed('/api/v1/admin/audit-logs') },
  'GET /api/v1/admin/outbox': { access: 'outbox.read', prepare: fixed('/api/v1/admin/outbox') },
  'GET /api/v1/ai-agents/': { access: 'ai.read', prepare: fixed('/api/v1/ai-agents') },
  'POST /api/v1/ai-agents/content/generate': {
    access: 'posts.write',
    prepare: async (t, owner) => ({ url: '/api/v1/ai-agents/content/generate', payload: { brandId: await createBrand(t.app, owner), platform: 'sandbox', format: 'single', topic: 'Open banking', count: 1 } }),
  },
  'POST /api/v1/ai-agents/content/save': {
    access: 'posts.write',
    prepare: async (t, owner) => ({
      url: '/api/v1/ai-agents/content/save',
      payload: { brandId: await createBrand(t.app, owner), platform: 'sandbox', text: 'Open banking, explained.', provenance: { tier: 'template', provider: 'template', model: 'offline-templates-v1', taskId: null }, submit: false },
    }),
  },
  'POST /api/v1/ai-agents/content/improve': {
    access: 'posts.write',
    prepare: async (t, owner) => ({ url: '/api/v1/ai-agents/content/improve', payload: { brandId: await createBrand(t.app, owner), platform: 'x', text: 'this is is a  test', operation: 'fix' } }),
  },
  'POST /api/v1/ai-agents/hashtags/suggest': {
    access: 'posts.write',
    prepare: async (t, owner) => ({ url: '/api/v1/ai-agents/hashtags/suggest', payload: { brandId: await createBrand(t.app, owner), platform: 'x', text: 'Open banking for small shops' } }),
  },
  'GET /api/v1/ai-agents/tasks': { access: 'ai.read', prepare: fixed('/api/v1/ai-agents/tasks') },
  'GET /api/v1/ai-agents/tasks/:id': {
    access: 'ai.read',
    prepare: async (t, owner) => ({ url: `/api/v1/ai-agents/tasks/${(await recordAiTask(t, owner.organizationId)).id}` }),
  },
  'GET /api/v1/ai-agents/usage': { access: 'ai.read', prepare: fixed('/api/v1/ai-agents/usage') },
  'PUT /api/v1/ai-agents/settings': { access: 'ai.settings', prepare: fixed('/api/v1/ai-agents/settings', { autoApproveThreshold: 0.85 }) },
};
