import { z } from 'zod';
import { tones } from '../../brands/brand';
import { assertCan } from '../../organizations/permissions';
import { platforms } from '../../publishing/platforms';
import { MAX_POST_TEXT } from '../../publishing/post';
import { platformLimits } from '../../publishing/rules/platform-rules';
import type { Actor } from '../../shared/actor';
import { buildImprovePrompt, improveOffline, parseImproved } from '../content/index';
import { loadBrandContext } from './brand-voice';
import type { StudioDeps } from './generate-content';
import { cached } from './studio-cache';

export const improveOperations = ['tone', 'shorten', 'lengthen', 'fix', 'hashtags'] as const;

export const improveContentSchema = z
  .object({
    brandId: z.uuid(),
    platform: z.enum(platforms),
    text: z.string().trim().min(1, 'Must not be empty').max(MAX_POST_TEXT),
    operation: z.enum(improveOperations),
    tone: z.enum(tones).optional(),
    targetLength: z.number().int().min(10).max(MAX_POST_TEXT).optional(),
  })
  .strict()
  .refine((input) => input.operation !== 'tone' || input.tone !== undefined, { path: ['tone'], message: 'Choose the tone to rewrite to' });
export type ImproveContentInput = z.infer<typeof improveContentSchema>;

/**
 * Rewrites a text: to another tone, shorter or longer (to the platform's limit or a target
 * length), with grammar and spelling fixed, or with hashtags added. Through the providers when
 * configured, offline otherwise; the same request for the same brand is answered from the cache.
 */
export async function improveContent(deps: StudioDeps, actor: Actor, input: ImproveContentInput) {
  assertCan(actor.role, 'posts.write');
  const context = await loadBrandContext(deps.uow, actor.organizationId, input.brandId);
  const limits = platformLimits(input.platform);
  const options = { tone: input.tone, targetLength: input.targetLength, limits, brand: context.voice };
  const scope = { organizationId: actor.organizationId, brandId: input.brandId, agent: 'content.improve', providersConfigured: deps.studio.configured };
  const { brandId: _brand, ...request } = input;
  return cached(deps, scope, request, async () => {
    const call = { agent: scope.agent, organizationId: actor.organizationId, brandId: input.brandId, userId: actor.userId };
    const prompt = buildImprovePrompt(input.text, input.operation, options);
    const answer = await deps.studio.complete<string>({ ...call, ...prompt, maxOutputTokens: 800, temperature: 0.4, parse: parseImproved });
    if (answer.ok) return { text: answer.value, tier: 'provider' as const, provider: answer.provider, model: answer.model };
    const started = performance.now();
    const text = improveOffline(input.text, input.operation, options);
    await deps.studio.recordTemplateTask({ ...call, system: prompt.system, user: prompt.user, output: text, latencyMs: Math.round(performance.now() - started) });
    return { text, tier: 'template' as const, provider: 'template', model: 'offline-templates-v1' };
  });
}
