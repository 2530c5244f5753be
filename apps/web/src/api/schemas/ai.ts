import { z } from 'zod';
import { platformSchema } from './social-account.ts';
import { postSchema } from './post.ts';

/*
 * The AI studio's answers (docs/api.md, "AI agents"). Numbers the server computes (scores,
 * costs) are only checked for type: the UI shows them, it does not decide with them.
 */

/** Mirrors the domain's ContentFormat (packages/core/src/ai/content-types.ts). */
export const contentFormats = ['single', 'thread', 'carousel', 'story_caption'] as const;
export type ContentFormat = (typeof contentFormats)[number];

/** Where a text came from: a configured provider, or the offline template writer. */
export const generationTierSchema = z.enum(['provider', 'template']);
export type GenerationTier = z.infer<typeof generationTierSchema>;

export const safetyFlagSchema = z.object({
  category: z.string(),
  reason: z.string(),
  term: z.string().nullable(),
});
export type SafetyFlag = z.infer<typeof safetyFlagSchema>;

export const safetyVerdictSchema = z.object({ safe: z.boolean(), flags: z.array(safetyFlagSchema) });
export type SafetyVerdict = z.infer<typeof safetyVerdictSchema>;

export const qualityParts = ['fitsLimit', 'brandSafety', 'pillarAlignment', 'readability', 'hashtags', 'novelty'] as const;
export type QualityPart = (typeof qualityParts)[number];

export const qualityScoreSchema = z.object({
  score: z.number(),
  parts: z.object({
    fitsLimit: z.number(),
    brandSafety: z.number(),
    pillarAlignment: z.number(),
    readability: z.number(),
    hashtags: z.number(),
    novelty: z.number(),
  }),
  matchedPillar: z.string().nullable(),
});
export type QualityScore = z.infer<typeof qualityScoreSchema>;

export const variantSchema = z.object({
  text: z.string(),
  hashtags: z.array(z.string()),
  length: z.number(),
  limit: z.number(),
  valid: z.boolean(),
  quality: qualityScoreSchema,
  safety: safetyVerdictSchema,
  tier: generationTierSchema,
  provider: z.string(),
  model: z.string(),
  taskId: z.string().nullable(),
});
export type Variant = z.infer<typeof variantSchema>;

export const generateResultSchema = z.object({
  tier: generationTierSchema,
  notice: z.string().nullable(),
  variants: z.array(variantSchema),
});

export const improveResultSchema = z.object({
  text: z.string(),
  tier: generationTierSchema,
  provider: z.string(),
  model: z.string(),
  cached: z.boolean(),
});

export const hashtagResultSchema = z.object({ hashtags: z.array(z.string()), tier: generationTierSchema, cached: z.boolean() });

const renderedMediaSchema = z.object({ id: z.string(), mimeType: z.string(), sizeBytes: z.number(), url: z.string() });

export const graphicResultSchema = z.object({
  media: z.array(renderedMediaSchema),
  contrast: z.number(),
  tier: z.enum(['template', 'stability']),
  /** Why a requested generated background was not used; optional for servers without it. */
  notice: z.string().nullish(),
});
export type GraphicResult = z.infer<typeof graphicResultSchema>;

export const savedPostSchema = z.object({ post: postSchema });

export const aiOverviewSchema = z.object({
  tier: generationTierSchema,
  providers: z.array(z.object({ name: z.string(), model: z.string() })),
  agents: z.array(z.object({ name: z.string(), description: z.string() })),
  budget: z.object({
    monthlyBudgetUsd: z.number().nullable(),
    spentUsd: z.number(),
    monthlyTokenBudget: z.number().nullable(),
    usedTokens: z.number(),
  }),
  autoApproveThreshold: z.number(),
});
export type AiOverview = z.infer<typeof aiOverviewSchema>;

export const aiTaskStatuses = ['succeeded', 'failed'] as const;

export const aiTaskSchema = z.object({
  id: z.string(),
  agent: z.string(),
  provider: z.string(),
  model: z.string(),
  status: z.enum(aiTaskStatuses),
  /** Null when the provider reported no usage (and for the template writer, which uses none). */
  tokensIn: z.number().nullable(),
  tokensOut: z.number().nullable(),
  /** Null when the model has no price in the config or reported no tokens. */
  costUsd: z.number().nullable(),
  latencyMs: z.number(),
  error: z.string().nullable(),
  brandId: z.string().nullable(),
  createdAt: z.string(),
});
export type AiTask = z.infer<typeof aiTaskSchema>;

export const aiTaskDetailSchema = z.object({
  task: aiTaskSchema.extend({
    prompt: z.object({ system: z.string(), user: z.string() }),
    output: z.unknown(),
  }),
});
export type AiTaskDetail = z.infer<typeof aiTaskDetailSchema>['task'];

export const aiUsageSchema = z.object({
  byProvider: z.array(
    z.object({
      provider: z.string(),
      model: z.string(),
      tasks: z.number(),
      failed: z.number(),
      tokensIn: z.number(),
      tokensOut: z.number(),
      costUsd: z.number(),
    }),
  ),
});
export type AiUsage = z.infer<typeof aiUsageSchema>;

export const aiSettingsSchema = z.object({
  settings: z.object({
    autoApproveThreshold: z.number(),
    monthlyBudgetUsd: z.number().nullable(),
    monthlyTokenBudget: z.number().nullable(),
  }),
});
export type AiSettings = z.infer<typeof aiSettingsSchema>['settings'];

export const safetyListsSchema = z.object({
  lists: z.object({ bannedWords: z.array(z.string()), sensitiveTopics: z.array(z.string()) }),
});
export type SafetyLists = z.infer<typeof safetyListsSchema>['lists'];

/** The body of `POST /ai-agents/content/generate`. */
export interface GenerateInput {
  brandId: string;
  platform: z.infer<typeof platformSchema>;
  format: ContentFormat;
  /** What to write about; may be left out with `trendId` (the server then writes about the trend's title). */
  topic?: string;
  /** Write from a stored trend: the server adds its title, summary and links to the brief. */
  trendId?: string;
  callToAction?: string;
  tone?: string;
  count?: number;
}

export const improveOperations = ['tone', 'shorten', 'lengthen', 'fix', 'hashtags'] as const;
export type ImproveOperation = (typeof improveOperations)[number];

/** The body of `POST /ai-agents/content/improve`. */
export interface ImproveInput {
  brandId: string;
  platform: z.infer<typeof platformSchema>;
  text: string;
  operation: ImproveOperation;
  tone?: string;
  targetLength?: number;
}

/** Where a saved text came from, recorded with the post. */
export interface Provenance {
  tier: GenerationTier;
  provider: string;
  model: string;
  taskId: string | null;
}

/** The body of `POST /ai-agents/content/save`. */
export interface SaveContentInput {
  brandId: string;
  /** What the copy was written for, so the server scores it the same way it scored the variant. */
  platform?: z.infer<typeof platformSchema>;
  format?: ContentFormat;
  text: string;
  accountIds: string[];
  mediaIds?: string[];
  provenance: Provenance;
  submit: boolean;
  /** The tone it was written in and the trend it answers: the learner learns from them. */
  tone?: string;
  trendId?: string;
}

export const graphicLayouts = ['card', 'square', 'portrait', 'story', 'carousel'] as const;
export type GraphicLayout = (typeof graphicLayouts)[number];

/** The body of `POST /ai-agents/graphics/render`. */
export interface RenderGraphicInput {
  brandId: string;
  layout: GraphicLayout;
  headline: string;
  body?: string;
  format?: 'png' | 'jpeg' | 'webp';
}

/** The body of `PUT /ai-agents/settings`. */
export interface AiSettingsUpdate {
  autoApproveThreshold?: number;
  monthlyBudgetUsd?: number | null;
  monthlyTokenBudget?: number | null;
}
