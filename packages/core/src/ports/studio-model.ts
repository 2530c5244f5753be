/**
 * The studio's view of the AI providers: one call through the configured chain (ordered
 * providers, retries, fall-through, budget, every call recorded as an AI task). When no provider
 * answers, the studio writes from templates and records that as a task too.
 */
export interface StudioModel {
  /** Whether any provider is configured (otherwise everything is written from templates). */
  readonly configured: boolean;
  complete<T>(request: StudioCompletionRequest<T>): Promise<StudioCompletion<T>>;
  recordTemplateTask(request: StudioTemplateTask): Promise<string>;
}

export interface StudioCall {
  agent: string;
  organizationId: string;
  brandId: string | null;
  userId: string | null;
}

export interface StudioCompletionRequest<T> extends StudioCall {
  system: string;
  user: string;
  jsonSchema: Record<string, unknown>;
  maxOutputTokens: number;
  temperature: number;
  /** Reads the provider's answer; throws when it is malformed (then retried, then the next provider). */
  parse(text: string): T;
}

export type StudioCompletion<T> =
  | { ok: true; value: T; provider: string; model: string; taskId: string }
  /** `none`: no provider configured; `failed`: every provider failed; `budget`: the monthly budget is spent. */
  | { ok: false; reason: 'none' | 'failed' | 'budget' };

export interface StudioTemplateTask extends StudioCall {
  system: string;
  user: string;
  output: string;
  latencyMs: number;
}
