import { z } from 'zod';

const url = z.url();
const key = z.string().min(1);
const model = z.string().min(1).max(200);

const price = z.object({ inputPerMillion: z.number().min(0), outputPerMillion: z.number().min(0) }).strict();

/** `AI_PRICES` is JSON: { "<provider>/<model>": { "inputPerMillion": n, "outputPerMillion": n } }. */
const priceTable = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'Must be JSON: {"provider/model": {"inputPerMillion": n, "outputPerMillion": n}}' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string().regex(/^[^/\s]+\/\S+$/, 'Keys are provider/model'), price));

const providerName = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'Lower-case letters, digits, - and _');

const nameList = z
  .string()
  .transform((value) => value.split(',').map((name) => name.trim()).filter(Boolean))
  .pipe(z.array(providerName).min(1, 'Name at least one provider'));

/**
 * The AI provider chain's environment (docs/configuration.md, "AI providers"). A provider is on
 * only when its key is set (the local OpenAI-compatible slot: when its base URL and model are).
 */
export const aiConfigShape = {
  /** DeepSeek API key; turns DeepSeek on. */
  DEEPSEEK_API_KEY: key.optional(),
  /** DeepSeek model. */
  DEEPSEEK_MODEL: model.default('deepseek-chat'),
  /** DeepSeek API base URL (OpenAI-compatible). */
  DEEPSEEK_BASE_URL: url.default('https://api.deepseek.com'),
  /** Groq API key; turns Groq on. */
  GROQ_API_KEY: key.optional(),
  /** Groq model. */
  GROQ_MODEL: model.default('llama-3.3-70b-versatile'),
  /** Groq API base URL (OpenAI-compatible). */
  GROQ_BASE_URL: url.default('https://api.groq.com/openai/v1'),
  /** OpenAI API key; turns OpenAI on. */
  OPENAI_API_KEY: key.optional(),
  /** OpenAI model (Chat Completions). */
  OPENAI_MODEL: model.default('gpt-4o-mini'),
  /** OpenAI API base URL. */
  OPENAI_BASE_URL: url.default('https://api.openai.com/v1'),
  /** Anthropic API key; turns Anthropic on. */
  ANTHROPIC_API_KEY: key.optional(),
  /** Anthropic model. */
  ANTHROPIC_MODEL: model.default('claude-haiku-4-5'),
  /** Anthropic API origin, without /v1. */
  ANTHROPIC_BASE_URL: url.default('https://api.anthropic.com'),
  /** A local or self-hosted OpenAI-compatible server (Ollama, vLLM, LM Studio …): base URL ending before /chat/completions. */
  OPENAI_COMPATIBLE_BASE_URL: url.optional(),
  /** Its model; the slot is on when both base URL and model are set. */
  OPENAI_COMPATIBLE_MODEL: model.optional(),
  /** Its API key, if it wants one. */
  OPENAI_COMPATIBLE_API_KEY: key.optional(),
  /** The name it has in AI_PROVIDER_ORDER, task history and AI_PRICES. */
  OPENAI_COMPATIBLE_NAME: providerName.default('local'),
  /** Whether it takes a JSON schema as response_format (json_schema); false sends the schema in the prompt with JSON mode. */
  OPENAI_COMPATIBLE_STRUCTURED_OUTPUTS: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .transform((value) => value === 'true' || value === '1' || value === 'yes')
    .default(true),
  /** Order the chain tries configured providers in; unlisted configured providers are not used. */
  AI_PROVIDER_ORDER: nameList.optional(),
  /** Timeout of one provider call in milliseconds. */
  AI_TIMEOUT_MS: z.coerce.number().int().min(50).max(600_000).default(30_000),
  /** Prices per million tokens, merged over the built-in estimates. */
  AI_PRICES: priceTable.optional(),
};
