import { z } from 'zod';
import { assertCan } from '../../organizations/permissions';
import { platforms } from '../../publishing/platforms';
import { MAX_POST_TEXT } from '../../publishing/post';
import type { Actor } from '../../shared/actor';
import { buildHashtagPrompt, parseHashtags, suggestHashtagsOffline } from '../content/index';
import { platformLimits } from '../../publishing/rules/platform-rules';
import { loadBrandContext } from './brand-voice';
import type { StudioDeps } from './generate-content';
import { cached } from './studio-cache';

export const suggestHashtagsSchema = z
  .object({
    brandId: z.uuid(),
    platform: z.enum(platforms),
    text: z.string().trim().min(1, 'Must not be empty').max(MAX_POST_TEXT),
    count: z.number().int().min(1).max(10).default(3),
  })
  .strict();
export type SuggestHashtagsInput = z.infer<typeof suggestHashtagsSchema>;

/** Hashtags for a text in the brand's terms; repeated requests come from the cache. */
export async function suggestHashtags(deps: StudioDeps, actor: Actor, input: SuggestHashtagsInput) {
  assertCan(actor.role, 'posts.write');
  const context = await loadBrandContext(deps.uow, actor.organizationId, input.brandId);
  const scope = { organizationId: actor.organizationId, brandId: input.brandId, agent: 'hashtags.suggest', providersConfigured: deps.studio.configured };
  const { brandId: _brand, ...request } = input;
  return cached(deps, scope, request, async () => {
    const call = { agent: scope.agent, organizationId: actor.organizationId, brandId: input.brandId, userId: actor.userId };
    const prompt = buildHashtagPrompt(input.text, context.voice, input.count, platformLimits(input.platform));
    const answer = await deps.studio.complete<string[]>({ ...call, ...prompt, maxOutputTokens: 200, temperature: 0.3, parse: (raw) => parseHashtags(raw).slice(0, input.count) });
    if (answer.ok) return { hashtags: answer.value, tier: 'provider' as const, provider: answer.provider, model: answer.model };
    const started = performance.now();
    const hashtags = suggestHashtagsOffline(input.text, context.voice, input.count);
    await deps.studio.recordTemplateTask({ ...call, system: prompt.system, user: prompt.user, output: hashtags.join(' '), latencyMs: Math.round(performance.now() - started) });
    return { hashtags, tier: 'template' as const, provider: 'template', model: 'offline-templates-v1' };
  });
}
