import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServerContext } from '../server-context';
import { authRoutes } from './auth/auth.routes';
import { usersRoutes } from './users/users.routes';
import { organizationsRoutes } from './organizations/organizations.routes';
import { membersRoutes } from './organizations/members.routes';
import { brandsRoutes } from './brands/brands.routes';
import { brandSafetyListsRoutes } from './brands/safety-lists.routes';
import { mediaRoutes } from './media/media.routes';
import { aiGraphicsRoutes } from './ai-agents/graphics.routes';
import { aiAgentsRoutes } from './ai-agents/agents.routes';
import { aiContentRoutes } from './ai-agents/content.routes';
import { adminRoutes } from './admin/admin.routes';
import { socialAccountsRoutes } from './social-accounts/social-accounts.routes';
import { postsRoutes } from './posts/posts.routes';
import { postActionsRoutes } from './posts/post-actions.routes';
import { postBatchRoutes } from './posts/post-batch.routes';
import { postLibraryRoutes } from './posts/post-library.routes';
import { postValidationRoutes } from './post-validation/post-validation.routes';
import { learningRoutes } from './learning/learning.routes';
import { analyticsTrendRoutes, brandTrendRoutes, trendRunRoutes } from './trends/trends.routes';
import { engagementRoutes } from './engagement/engagement.routes';
import { analyticsRoutes } from './analytics/analytics.routes';
import { notificationsRoutes } from './notifications/notifications.routes';
import { abTestsRoutes } from './ab-tests/ab-tests.routes';

/** Every /api/v1 resource, each a thin plugin over core use cases. */
export function registerApiRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(authRoutes(context), { prefix: '/auth' });
    await app.register(usersRoutes(context), { prefix: '/users' });
    await app.register(organizationsRoutes(context), { prefix: '/organizations' });
    await app.register(membersRoutes(context), { prefix: '/organizations' });
    await app.register(brandsRoutes(context), { prefix: '/brands' });
    await app.register(brandSafetyListsRoutes(context), { prefix: '/brands' });
    await app.register(mediaRoutes(context), { prefix: '/media' });
    await app.register(aiGraphicsRoutes(context), { prefix: '/ai-agents' });
    await app.register(aiAgentsRoutes(context), { prefix: '/ai-agents' });
    await app.register(aiContentRoutes(context), { prefix: '/ai-agents' });
    await app.register(adminRoutes(context), { prefix: '/admin' });
    await app.register(socialAccountsRoutes(context), { prefix: '/social-accounts' });
    await app.register(postsRoutes(context), { prefix: '/posts' });
    await app.register(postActionsRoutes(context), { prefix: '/posts' });
    await app.register(postLibraryRoutes(context), { prefix: '/posts' });
    await app.register(postBatchRoutes(context), { prefix: '/posts' });
    await app.register(postValidationRoutes(context), { prefix: '/posts' });
    await app.register(brandTrendRoutes(context), { prefix: '/brands' });
    await app.register(learningRoutes(context), { prefix: '/brands' });
    await app.register(trendRunRoutes(context), { prefix: '/ai-agents' });
    await app.register(analyticsTrendRoutes(context), { prefix: '/analytics' });
    await app.register(engagementRoutes(context), { prefix: '/analytics' });
    await app.register(analyticsRoutes(context), { prefix: '/analytics' });
    await app.register(notificationsRoutes(context), { prefix: '/notifications' });
    await app.register(abTestsRoutes(context), { prefix: '/ab-tests' });
  };
}
