import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import { assertCan } from '../../organizations/permissions';
import { createPost } from '../../publishing/create-post';
import type { PostWithTargets } from '../../publishing/post';
import { platformLimits } from '../../publishing/rules/platform-rules';
import type { Actor } from '../../shared/actor';
import { MAX_POST_TEXT } from '../../publishing/post';
import { contentFormats } from '../content-types';
import { assessText } from './assess-variant';
import { loadBrandContext } from './brand-voice';
import { defaultAiSettings } from '../ai-settings';
import type { StudioDeps } from './generate-content';
import { platforms } from '../../publishing/platforms';
import { tones } from '../../brands/brand';
import { AppError } from '../../errors';

export const saveGeneratedPostSchema = z
  .object({
    brandId: z.uuid(),
    /** The platform the copy was written for; by default the first chosen account's. */
    platform: z.enum(platforms).optional(),
    format: z.enum(contentFormats).default('single'),
    text: z.string().trim().min(1, 'Must not be empty').max(MAX_POST_TEXT),
    accountIds: z.array(z.uuid()).max(20).default([]),
    mediaIds: z.array(z.uuid()).max(10).default([]),
    provenance: z
      .object({
        tier: z.enum(['provider', 'template']),
        provider: z.string().trim().min(1).max(100),
        model: z.string().trim().min(1).max(200),
        taskId: z.uuid().nullable(),
      })
      .strict(),
    submit: z.boolean().default(false),
    /** The tone the copy was written in (the brand's when left out); the learner learns from it. */
    tone: z.enum(tones).optional(),
    /** The trend the copy answers, when it was written from one. */
    trendId: z.uuid('Must be a valid id').optional(),
  })
  .strict();
export type SaveGeneratedPostInput = z.infer<typeof saveGeneratedPostSchema>;

/**
 * Saves studio copy as a post, with where it came from. Submitted copy is scored again as it
 * now reads (the person may have edited it): safe and at or above the organization's
 * auto-approve threshold, it is approved at once; otherwise it waits for a person's approval —
 * whoever submitted it, since a low score is exactly what a reviewer should see.
 */
export async function saveGeneratedPost(deps: StudioDeps, actor: Actor, input: SaveGeneratedPostInput): Promise<{ post: PostWithTargets; quality: ReturnType<typeof assessText>['quality']; safety: ReturnType<typeof assessText>['safety']; autoApproved: boolean }> {
  assertCan(actor.role, 'posts.write');
  const context = await loadBrandContext(deps.uow, actor.organizationId, input.brandId);
  const firstAccount = input.accountIds[0] ? await deps.uow.socialAccounts.findById(actor.organizationId, input.accountIds[0]) : null;
  const platform = input.platform ?? firstAccount?.platform ?? 'sandbox';
  const trend = input.trendId ? await deps.uow.trends.findById(actor.organizationId, input.trendId) : null;
  if (input.trendId && !trend) throw AppError.invalid([{ field: 'trendId', message: 'No such trend in this organization' }]);
  const labels = { tone: input.tone ?? context.brand.tone ?? null, format: input.format, trendId: trend?.id ?? null, trendCategory: trend?.category ?? null };
  const assessed = assessText(input.text, [], { context, limits: platformLimits(platform), format: input.format });
  const created = await createPost(
    deps,
    actor,
    { brandId: input.brandId, text: input.text, mediaIds: input.mediaIds, tags: ['ai'], accountIds: input.accountIds, priority: 'normal', overrides: [] },
    { provenance: input.provenance, labels },
  );
  if (!input.submit) return { post: created, quality: assessed.quality, safety: assessed.safety, autoApproved: false };

  const threshold = ((await deps.uow.aiSettings.find(actor.organizationId)) ?? defaultAiSettings).autoApproveThreshold;
  const autoApproved = assessed.safety.safe && assessed.quality.score >= threshold;
  const post = await deps.uow.transaction(async (repos) => {
    const after = await repos.posts.update(created.id, autoApproved ? { status: 'approved', reviewedAt: deps.clock.now(), reviewComment: null } : { status: 'pending_approval' });
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: autoApproved ? 'post.auto_approved' : 'post.submitted',
      entityType: 'post',
      entityId: after.id,
      before: { status: created.status },
      after: { status: after.status, qualityScore: Number(assessed.quality.score.toFixed(3)), threshold, safe: assessed.safety.safe },
    });
    return { ...after, targets: created.targets };
  });
  return { post, quality: assessed.quality, safety: assessed.safety, autoApproved };
}
