import type { TextProvider } from '@socialseed/core/ports/text-provider';
import { createAnthropicTextProvider } from './anthropic.provider';
import { createOpenAiCompatibleTextProvider } from './openai-compatible.provider';

/** One configured provider, already resolved from the environment (see apps/server config). */
export type TextProviderSettings =
  | { kind: 'openai-compatible'; name: string; model: string; baseUrl: string; apiKey: string | null; structuredOutputs: boolean }
  | { kind: 'anthropic'; name: string; model: string; baseUrl: string; apiKey: string };

/** Builds the providers in the given order; the chain tries them in this order. */
export function createTextProviders(settings: readonly TextProviderSettings[]): TextProvider[] {
  return settings.map((entry) => (entry.kind === 'anthropic' ? createAnthropicTextProvider(entry) : createOpenAiCompatibleTextProvider(entry)));
}
