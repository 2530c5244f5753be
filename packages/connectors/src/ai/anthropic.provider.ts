import { createAnthropic } from '@ai-sdk/anthropic';
import type { TextProvider } from '@socialseed/core/ports/text-provider';
import { completeWithSdk } from './complete-with-sdk';
import { nodeHttpFetch } from './node-http-fetch';

export interface AnthropicSettings {
  name: string;
  model: string;
  /** The API origin without `/v1` (as Anthropic's own SDKs take it), e.g. https://api.anthropic.com. */
  baseUrl: string;
  apiKey: string;
}

/**
 * Anthropic's Messages API through @ai-sdk/anthropic. The SDK sends the JSON schema as native
 * structured output for models that support it (and as a forced JSON tool for older ones), so the
 * schema never has to go into the prompt.
 */
export function createAnthropicTextProvider(settings: AnthropicSettings): TextProvider {
  const provider = createAnthropic({ baseURL: `${settings.baseUrl.replace(/\/+$/, '')}/v1`, apiKey: settings.apiKey, fetch: nodeHttpFetch });
  const model = provider.messages(settings.model);
  return {
    name: settings.name,
    model: settings.model,
    complete: (request) => completeWithSdk(model, request, { structuredOutputs: true }),
  };
}
