import type { PriceTable } from '@socialseed/core/ai/price-table';

export type HostedProviderName = 'deepseek' | 'groq' | 'openai' | 'anthropic';

/** The default order among configured providers: cheapest first, as the issue asks. */
export const defaultProviderOrder: readonly HostedProviderName[] = ['deepseek', 'groq', 'openai', 'anthropic'];

/** Base URL, default model and structured-output support of each hosted provider we know. */
export const hostedProviders: Record<HostedProviderName, { kind: 'openai-compatible' | 'anthropic'; baseUrl: string; model: string; structuredOutputs: boolean }> = {
  // DeepSeek's JSON mode takes no schema (api-docs.deepseek.com/guides/json_mode): schema goes in the prompt.
  deepseek: { kind: 'openai-compatible', baseUrl: 'https://api.deepseek.com', model: 'deepseek-chat', structuredOutputs: false },
  // Groq's json_schema works on a few models only; JSON mode works on all (console.groq.com/docs/structured-outputs).
  groq: { kind: 'openai-compatible', baseUrl: 'https://api.groq.com/openai/v1', model: 'llama-3.3-70b-versatile', structuredOutputs: false },
  openai: { kind: 'openai-compatible', baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', structuredOutputs: true },
  anthropic: { kind: 'anthropic', baseUrl: 'https://api.anthropic.com', model: 'claude-haiku-4-5', structuredOutputs: true },
};

/**
 * Estimated list prices (USD per million tokens, standard tier, no cache discounts) of the default
 * models, so costs and USD budgets work without configuration. Providers change prices: set
 * AI_PRICES to correct them or to price other models; a model without a price is recorded with a
 * null cost (its tokens still count against a token budget).
 */
export const defaultPrices: PriceTable = {
  'deepseek/deepseek-chat': { inputPerMillion: 0.28, outputPerMillion: 0.42 },
  'groq/llama-3.3-70b-versatile': { inputPerMillion: 0.59, outputPerMillion: 0.79 },
  'openai/gpt-4o-mini': { inputPerMillion: 0.15, outputPerMillion: 0.6 },
  'anthropic/claude-haiku-4-5': { inputPerMillion: 1, outputPerMillion: 5 },
};
