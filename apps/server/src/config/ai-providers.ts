import type { PriceTable } from '@socialseed/core/ai/price-table';
import type { TextProviderSettings } from '@socialseed/connectors/ai/create-text-providers';
import { defaultPrices, defaultProviderOrder } from '@socialseed/connectors/ai/provider-defaults';
import { ConfigError, type Config } from './config';

/**
 * Resolves the AI variables into the chain's providers, in order, and its price table. Without
 * AI_PROVIDER_ORDER: DeepSeek, Groq, OpenAI, Anthropic among those with keys, then the local slot.
 * A name in AI_PROVIDER_ORDER that is not configured is skipped (so one order can serve several
 * deployments); a name that is no provider at all is a typo and stops the boot.
 */
export function aiProvidersFromConfig(config: Config): { providers: TextProviderSettings[]; prices: PriceTable } {
  const available = new Map<string, TextProviderSettings | null>([
    ['deepseek', config.DEEPSEEK_API_KEY ? openAiLike('deepseek', config.DEEPSEEK_MODEL, config.DEEPSEEK_BASE_URL, config.DEEPSEEK_API_KEY, false) : null],
    ['groq', config.GROQ_API_KEY ? openAiLike('groq', config.GROQ_MODEL, config.GROQ_BASE_URL, config.GROQ_API_KEY, false) : null],
    ['openai', config.OPENAI_API_KEY ? openAiLike('openai', config.OPENAI_MODEL, config.OPENAI_BASE_URL, config.OPENAI_API_KEY, true) : null],
    [
      'anthropic',
      config.ANTHROPIC_API_KEY
        ? { kind: 'anthropic', name: 'anthropic', model: config.ANTHROPIC_MODEL, baseUrl: config.ANTHROPIC_BASE_URL, apiKey: config.ANTHROPIC_API_KEY }
        : null,
    ],
  ]);
  const localName = config.OPENAI_COMPATIBLE_NAME;
  if (available.has(localName)) throw new ConfigError([`OPENAI_COMPATIBLE_NAME: "${localName}" is taken by a built-in provider; choose another name`]);
  available.set(
    localName,
    config.OPENAI_COMPATIBLE_BASE_URL && config.OPENAI_COMPATIBLE_MODEL
      ? openAiLike(localName, config.OPENAI_COMPATIBLE_MODEL, config.OPENAI_COMPATIBLE_BASE_URL, config.OPENAI_COMPATIBLE_API_KEY ?? null, config.OPENAI_COMPATIBLE_STRUCTURED_OUTPUTS)
      : null,
  );
  const order = config.AI_PROVIDER_ORDER ?? [...defaultProviderOrder, localName];
  const unknown = order.filter((name) => !available.has(name));
  if (unknown.length > 0) throw new ConfigError([`AI_PROVIDER_ORDER: unknown provider ${unknown.join(', ')} (known: ${[...available.keys()].join(', ')})`]);
  const providers = [...new Set(order)].map((name) => available.get(name)).filter((entry): entry is TextProviderSettings => Boolean(entry));
  return { providers, prices: { ...defaultPrices, ...config.AI_PRICES } };
}

function openAiLike(name: string, model: string, baseUrl: string, apiKey: string | null, structuredOutputs: boolean): TextProviderSettings {
  return { kind: 'openai-compatible', name, model, baseUrl, apiKey, structuredOutputs };
}
