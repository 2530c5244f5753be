/**
 * One configured chat model (OpenAI-compatible or Anthropic). It only turns a prompt into text;
 * retries, fall-through, budgets and recording are the chain's (ai/provider-chain.ts).
 */
export interface TextProvider {
  /** Configured name: deepseek, groq, openai, anthropic, ollama … */
  readonly name: string;
  readonly model: string;
  complete(request: TextCompletionRequest): Promise<TextCompletion>;
}

export interface TextCompletionRequest {
  system: string;
  user: string;
  /** A JSON schema the answer must follow; providers that support it get it as a response format. */
  jsonSchema: Record<string, unknown> | null;
  maxOutputTokens: number;
  temperature: number;
  /** Aborts the call; the chain's timeout. */
  signal: AbortSignal;
}

export interface TextCompletion {
  text: string;
  tokensIn: number | null;
  tokensOut: number | null;
}

/**
 * Why a provider call failed: `transient` (5xx, 429, timeout, network) may be retried on the
 * same provider; `permanent` (401, 400, unknown model) goes straight to the next provider.
 */
export class TextProviderError extends Error {
  readonly kind: 'transient' | 'permanent';
  readonly status: number | null;

  constructor(kind: 'transient' | 'permanent', message: string, options: { status?: number | null; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'TextProviderError';
    this.kind = kind;
    this.status = options.status ?? null;
  }
}
