import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { TextProvider } from '@socialseed/core/ports/text-provider';
import { completeWithSdk } from './complete-with-sdk';
import { nodeHttpFetch } from './node-http-fetch';

export interface OpenAiCompatibleSettings {
  /** Our name for it: deepseek, groq, openai, or the local slot's name (ollama, vllm …). */
  name: string;
  model: string;
  /** Ends before `/chat/completions`, e.g. https://api.groq.com/openai/v1 or http://localhost:11434/v1. */
  baseUrl: string;
  /** Local servers (Ollama, LM Studio) often need none. */
  apiKey: string | null;
  structuredOutputs: boolean;
}

/**
 * Any OpenAI-compatible Chat Completions API (DeepSeek, Groq, OpenAI, Ollama, vLLM, LM Studio)
 * through @ai-sdk/openai-compatible — the chat endpoint every one of them implements, unlike
 * OpenAI's newer Responses API.
 */
export function createOpenAiCompatibleTextProvider(settings: OpenAiCompatibleSettings): TextProvider {
  const provider = createOpenAICompatible({
    name: settings.name,
    baseURL: settings.baseUrl.replace(/\/+$/, ''),
    ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
    supportsStructuredOutputs: settings.structuredOutputs,
    fetch: nodeHttpFetch,
  });
  const model = provider.chatModel(settings.model);
  return {
    name: settings.name,
    model: settings.model,
    complete: (request) => completeWithSdk(model, request, { structuredOutputs: settings.structuredOutputs }),
  };
}
