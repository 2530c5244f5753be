import { describe, expect, it } from 'vitest';
import { aiProvidersFromConfig } from './ai-providers';
import { ConfigError, loadConfig } from './config';

const names = (env: Record<string, string>) => aiProvidersFromConfig(loadConfig(env)).providers.map((provider) => provider.name);

describe('AI providers from the environment', () => {
  it('has no provider without keys: everything uses the template tier', () => {
    expect(names({})).toEqual([]);
  });

  it('orders configured providers DeepSeek, Groq, OpenAI, Anthropic, then the local slot', () => {
    const env = { ANTHROPIC_API_KEY: 'a', OPENAI_COMPATIBLE_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_COMPATIBLE_MODEL: 'llama3.2', OPENAI_COMPATIBLE_NAME: 'ollama', GROQ_API_KEY: 'g' };
    expect(names(env)).toEqual(['groq', 'anthropic', 'ollama']);
    const local = aiProvidersFromConfig(loadConfig(env)).providers[2];
    expect(local).toEqual({ kind: 'openai-compatible', name: 'ollama', model: 'llama3.2', baseUrl: 'http://127.0.0.1:11434/v1', apiKey: null, structuredOutputs: true });
  });

  it('follows AI_PROVIDER_ORDER, skipping listed providers that are not configured and leaving out unlisted ones', () => {
    expect(names({ DEEPSEEK_API_KEY: 'd', GROQ_API_KEY: 'g', ANTHROPIC_API_KEY: 'a', AI_PROVIDER_ORDER: 'anthropic, openai ,deepseek' })).toEqual(['anthropic', 'deepseek']);
  });

  it('stops the boot on a name that is no provider', () => {
    expect(() => names({ AI_PROVIDER_ORDER: 'deepseek,deepseeek' })).toThrow(ConfigError);
    expect(() => names({ OPENAI_COMPATIBLE_NAME: 'openai' })).toThrow(/OPENAI_COMPATIBLE_NAME/);
  });

  it('merges AI_PRICES over the built-in estimates and rejects a malformed table', () => {
    const { prices } = aiProvidersFromConfig(loadConfig({ AI_PRICES: '{"ollama/llama3.2":{"inputPerMillion":0,"outputPerMillion":0},"openai/gpt-4o-mini":{"inputPerMillion":1,"outputPerMillion":2}}' }));
    expect(prices['ollama/llama3.2']).toEqual({ inputPerMillion: 0, outputPerMillion: 0 });
    expect(prices['openai/gpt-4o-mini']).toEqual({ inputPerMillion: 1, outputPerMillion: 2 });
    expect(prices['deepseek/deepseek-chat']).toBeDefined();
    expect(() => loadConfig({ AI_PRICES: '{not json' })).toThrow(/AI_PRICES/);
    expect(() => loadConfig({ AI_PRICES: '{"no-slash":{"inputPerMillion":1,"outputPerMillion":1}}' })).toThrow(/AI_PRICES/);
    expect(() => loadConfig({ AI_PRICES: '{"a/b":{"inputPerMillion":-1,"outputPerMillion":1}}' })).toThrow(/AI_PRICES/);
  });

  it('reads the timeout, defaulting to 30 s', () => {
    expect(loadConfig({}).AI_TIMEOUT_MS).toBe(30_000);
    expect(() => loadConfig({ AI_TIMEOUT_MS: 'soon' })).toThrow(/AI_TIMEOUT_MS/);
  });
});
