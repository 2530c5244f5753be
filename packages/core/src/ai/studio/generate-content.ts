import { z } from 'zod';
import { tones } from '../../brands/brand';
import { AppError } from '../../errors';
import { assertCan } from '../../organizations/permissions';
import type { UnitOfWork } from '../../ports/repositories';
import type { StudioModel } from '../../ports/studio-model';
import { platforms, type Platform } from '../../publishing/platforms';
import { platformLimits } from '../../publishing/rules/platform-rules';
import type { PlatformLimits } from '../../publishing/rules/platform-limits';
import type { Actor } from '../../shared/actor';
import type { Clock } from '../../shared/clock';
import { buildGenerationPrompt, parseGeneratedVariants, writeFromTemplates } from '../content/index';
import { contentFormats, type ContentBrief, type DraftVariant, type GenerationTier } from '../content-types';
import { loadBrandContext, type BrandContext } from './brand-voice';
import { assessVariant, type AssessedVariant } from './assess-variant';

export const generateContentSchema = z
  .object({
    brandId: z.uuid(),
    /** One platform, or several: each gets its own variants, written for its limits. */
    platform: z.enum(platforms).optional(),
    platforms: z
      .array(z.enum(platforms))
      .min(1)
      .max(platforms.length)
      .refine((list) => new Set(list).size === list.length, 'Name each platform once')
      .optional(),
    format: z.enum(contentFormats),
    /** What to write about; optional with `trendId` (the trend's title is the topic then). */
    topic: z.string().trim().min(1, 'Must not be empty').max(500).optional(),
    /** Write from a stored trend: its title, summary and links become the brief. */
    trendId: z.uuid('Must be a valid id').optional(),
    callToAction: z.string().trim().min(1, 'Must not be empty').max(200).optional(),
    tone: z.enum(tones).optional(),
    count: z.number().int().min(1).max(3).default(3),
  })
  .strict()
  .refine((input) => (input.platform === undefined) !== (input.platforms === undefined), { path: ['platform'], message: 'Give either platform or platforms' })
  .refine((input) => input.topic !== undefined || input.trendId !== undefined, { path: ['topic'], message: 'Give a topic or a trendId' });
export type GenerateContentInput = z.infer<typeof generateContentSchema>;

export interface StudioDeps {
  uow: UnitOfWork;
  clock: Clock;
  studio: StudioModel;
}

export interface GeneratedVariant extends AssessedVariant {
  platform: Platform;
  tier: GenerationTier;
  provider: string;
  model: string;
  taskId: string | null;
}

/** Unsafe variants are written again up to this many times, then returned marked unsafe. */
const SAFETY_REGENERATIONS = 2;

const TEMPLATE_PROVENANCE = { provider: 'template', model: 'offline-templates-v1' };

const notices = {
  none: 'No AI provider is configured: these texts come from the offline template writer.',
  failed: 'The AI providers did not answer: these texts come from the offline template writer.',
  budget: "This month's AI budget is spent: these texts come from the offline template writer.",
} as const;

interface Written {
  drafts: DraftVariant[];
  tier: GenerationTier;
  provider: string;
  model: string;
  taskId: string | null;
  fallback: keyof typeof notices | null;
}

/** Asks the providers for `count` variants, or writes them from templates when none answers. */
async function write(deps: StudioDeps, actor: Actor, context: BrandContext, brief: ContentBrief, limits: PlatformLimits, count: number, seed: number): Promise<Written> {
  const prompt = buildGenerationPrompt(context.voice, brief, limits, count);
  const call = { agent: 'content.generate', organizationId: actor.organizationId, brandId: context.brand.id, userId: actor.userId };
  const answer = await deps.studio.complete<DraftVariant[]>({
    ...call,
    ...prompt,
    maxOutputTokens: 400 * count + 200,
    temperature: 0.8,
    parse: (raw) => parseGeneratedVariants(raw, count),
  });
  if (answer.ok) return { drafts: answer.value, tier: 'provider', provider: answer.provider, model: answer.model, taskId: answer.taskId, fallback: null };
  const started = performance.now();
  const drafts = writeFromTemplates(context.voice, brief, limits, count, seed);
  const taskId = await deps.studio.recordTemplateTask({ ...call, system: prompt.system, user: prompt.user, output: JSON.stringify({ variants: drafts }), latencyMs: Math.round(performance.now() - started) });
  return { drafts, tier: 'template', ...TEMPLATE_PROVENANCE, taskId, fallback: answer.reason };
}

/**
 * Writes three (or `count`) on-brand variants of a post about a topic for one platform and
 * format: through the provider chain, or the offline template writer when no provider answers —
 * always labelled with where they came from. Each variant is checked for brand safety (an
 * unsafe one is written again, twice at most, then returned marked unsafe — never dropped
 * silently) and scored for quality against the platform's rules, the brand's pillars and its
 * last 50 posts.
 */
export async function generateContent(deps: StudioDeps, actor: Actor, input: GenerateContentInput) {
  assertCan(actor.role, 'posts.write');
  const context = await loadBrandContext(deps.uow, actor.organizationId, input.brandId);
  const subject = await subjectOf(deps.uow, actor.organizationId, input);
  const targets = input.platforms ?? (input.platform ? [input.platform] : []);
  const seed = deps.clock.now().getTime();
  const variants: GeneratedVariant[] = [];
  let tier: GenerationTier = 'provider';
  let fallback: Written['fallback'] = null;
  for (const platform of targets) {
    const written = await variantsFor(deps, actor, context, { ...input, platform }, subject, seed);
    variants.push(...written.variants);
    // One platform written from templates makes the whole answer say so, with the reason.
    if (written.tier === 'template') [tier, fallback] = ['template', fallback ?? written.fallback];
  }
  return { tier, notice: fallback ? notices[fallback] : null, variants };
}

type Subject = { topic: string; context: ContentBrief['context'] };

/** Links a post about a trend may cite: the trend's own and its sources', at most three. */
const MAX_TREND_LINKS = 3;

/** The topic as typed, or the trend's title with its summary and links as context. */
async function subjectOf(uow: UnitOfWork, organizationId: string, input: GenerateContentInput): Promise<Subject> {
  if (!input.trendId) return { topic: input.topic ?? '', context: null };
  const trend = await uow.trends.findById(organizationId, input.trendId);
  if (!trend) throw AppError.invalid([{ field: 'trendId', message: 'No such trend in this organization' }]);
  const links = [...new Set([trend.url, ...trend.members.map((member) => member.url)].filter((link): link is string => link !== null))].slice(0, MAX_TREND_LINKS);
  return { topic: (input.topic ?? trend.title).slice(0, 500), context: { summary: trend.summary || null, links } };
}

/** The variants for one platform: written, each assessed, unsafe ones written again. */
async function variantsFor(deps: StudioDeps, actor: Actor, context: BrandContext, input: GenerateContentInput & { platform: Platform }, subject: Subject, seed: number) {
  const limits = platformLimits(input.platform);
  const brief: ContentBrief = { platform: input.platform, format: input.format, topic: subject.topic, context: subject.context, callToAction: input.callToAction ?? null, tone: input.tone ?? null };
  const first = await write(deps, actor, context, brief, limits, input.count, seed);
  const variants: GeneratedVariant[] = [];
  for (const [index, draft] of first.drafts.entries()) {
    let written: Written = first;
    let assessed = assessVariant(draft, { context, limits, format: input.format });
    for (let attempt = 1; attempt <= SAFETY_REGENERATIONS && !assessed.safety.safe; attempt++) {
      written = await write(deps, actor, context, brief, limits, 1, seed + (index + 1) * 1000 + attempt);
      const [again] = written.drafts;
      if (again) assessed = assessVariant(again, { context, limits, format: input.format });
    }
    variants.push({ ...assessed, platform: input.platform, tier: written.tier, provider: written.provider, model: written.model, taskId: written.taskId });
  }
  return { variants, tier: first.tier, fallback: first.fallback };
}
