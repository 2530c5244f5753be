import type { Page, Pagination } from '../shared/pagination';

/** One call to an AI provider (or the offline template tier), as stored in `ai_tasks`. */
export interface AiTaskRecord {
  id: string;
  organizationId: string;
  brandId: string | null;
  userId: string | null;
  /** Which job asked: content.generate, content.improve, hashtags.suggest, graphics.render … */
  agent: string;
  /** The configured provider name (deepseek, groq, openai, anthropic, a local name) or `template`. */
  provider: string;
  model: string;
  prompt: { system: string; user: string };
  output: string | null;
  tokensIn: number | null;
  tokensOut: number | null;
  /** Null when the price of the model or the token counts are unknown. */
  costUsd: number | null;
  latencyMs: number;
  status: 'succeeded' | 'failed';
  error: string | null;
  createdAt: Date;
}

export type NewAiTask = Omit<AiTaskRecord, 'id'>;

/** A list row: everything but the (large) prompt and output. */
export type AiTaskSummary = Omit<AiTaskRecord, 'prompt' | 'output' | 'organizationId' | 'userId'>;

/** One provider/model's calls in a period, for the cost page. */
export interface AiProviderUsage {
  provider: string;
  model: string;
  tasks: number;
  failed: number;
  tokensIn: number;
  tokensOut: number;
  costUsd: number;
}

export interface AiTasksRepository {
  record(task: NewAiTask): Promise<AiTaskRecord>;
  /** Newest first. */
  list(organizationId: string, filter: { agent?: string; status?: AiTaskRecord['status'] }, pagination: Pagination): Promise<Page<AiTaskSummary>>;
  findById(organizationId: string, id: string): Promise<AiTaskRecord | null>;
  /** What the organization's tasks created at or after `since` cost, and their tokens (in + out). */
  spentSince(organizationId: string, since: Date): Promise<{ costUsd: number; tokens: number }>;
  /** Per provider and model, tasks created in [from, to). */
  usageByProvider(organizationId: string, range: { from: Date; to: Date }): Promise<AiProviderUsage[]>;
}

/** The organization's AI settings; a missing row means the defaults (see ai/ai-settings.ts). */
export interface AiSettingsRecord {
  autoApproveThreshold: number;
  monthlyBudgetUsd: number | null;
  monthlyTokenBudget: number | null;
}

export interface AiSettingsRepository {
  find(organizationId: string): Promise<AiSettingsRecord | null>;
  /** Inserts the row with `settings` or replaces the stored one. */
  save(organizationId: string, settings: AiSettingsRecord): Promise<AiSettingsRecord>;
}
