import type { Repositories } from '../ports/repositories';
import type { TextProvider } from '../ports/text-provider';
import type { Clock } from '../shared/clock';
import { readAiSettings } from './ai-settings';
import { readBudget } from './monthly-budget';
import { callProvider, type ProviderAttempt } from './provider-attempt';
import type { TextGeneration } from './text-generation';
import { recordAttempt } from './record-ai-task';

/** What a studio use case asks of the chain. `parse` turns the model's text into T or throws. */
export interface ChainRequest<T> {
  /** Which job asks: content.generate, content.improve, hashtags.suggest … (recorded on the task). */
  agent: string;
  organizationId: string;
  brandId: string | null;
  userId: string | null;
  system: string;
  user: string;
  /** The answer's JSON schema; providers that support it get it as structured output. */
  jsonSchema: Record<string, unknown> | null;
  maxOutputTokens: number;
  temperature: number;
  parse(text: string): T;
}

/** Why the chain produced nothing: the caller then uses the offline template tier. */
export type FallbackReason = 'none' | 'budget' | 'failed';

export type ChainResult<T> =
  | { ok: true; value: T; provider: string; model: string; taskId: string }
  | { ok: false; reason: FallbackReason };

export interface ChainDeps {
  uow: Pick<Repositories, 'aiTasks' | 'aiSettings'>;
  clock: Clock;
  textGeneration: TextGeneration;
}

/** Transient failures (5xx, 429, timeouts, network) get this many more tries on the same provider. */
export const TRANSIENT_RETRIES = 2;
/** Malformed output gets one more try on the same provider, then the next provider. */
export const MALFORMED_RETRIES = 1;
export const BACKOFF_BASE_MS = 500;

/**
 * Exponential backoff with "equal jitter": half of base·2^(retry−1) for sure, the other half at
 * random, so retries from many requests spread out but never come back immediately.
 */
export function backoffDelayMs(retry: number, random: number): number {
  const ceiling = BACKOFF_BASE_MS * 2 ** (retry - 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/**
 * Tries each configured provider in order until one returns text that `parse` accepts. Before
 * every call the organization's monthly budget is checked (USD and tokens): once it is reached no
 * provider is called any more. Every call — success or failure — is recorded as an ai_task with
 * its tokens, cost, latency and error, so the task history explains every fallback.
 */
export async function runProviderChain<T>(deps: ChainDeps, request: ChainRequest<T>): Promise<ChainResult<T>> {
  const { providers } = deps.textGeneration;
  if (providers.length === 0) return { ok: false, reason: 'none' };
  const settings = await readAiSettings(deps.uow, request.organizationId);
  for (const provider of providers) {
    const outcome = await tryProvider(deps, provider, request, () => readBudget(deps.uow, settings, request.organizationId, deps.clock.now()));
    if (outcome !== 'next') return outcome;
  }
  return { ok: false, reason: 'failed' };
}

async function tryProvider<T>(
  deps: ChainDeps,
  provider: TextProvider,
  request: ChainRequest<T>,
  budget: () => Promise<{ exhausted: boolean }>,
): Promise<ChainResult<T> | 'next'> {
  let transientRetries = 0;
  let malformedRetries = 0;
  for (;;) {
    if ((await budget()).exhausted) return { ok: false, reason: 'budget' };
    const attempt: ProviderAttempt<T> = await callProvider(provider, request, deps.textGeneration.timeoutMs);
    const taskId = await recordAttempt(deps, provider, request, attempt);
    if (attempt.outcome === 'succeeded') return { ok: true, value: attempt.value, provider: provider.name, model: provider.model, taskId };
    if (attempt.outcome === 'malformed' && malformedRetries < MALFORMED_RETRIES) {
      malformedRetries += 1;
      continue;
    }
    if (attempt.outcome === 'transient' && transientRetries < TRANSIENT_RETRIES) {
      transientRetries += 1;
      await deps.textGeneration.sleep(backoffDelayMs(transientRetries, deps.textGeneration.random()));
      continue;
    }
    return 'next';
  }
}

/** What the studio tells a person when the offline writer stood in for the providers. */
export function fallbackNotice(reason: FallbackReason): string {
  switch (reason) {
    case 'none':
      return 'Offline writer: no AI provider is configured, so these texts come from templates.';
    case 'budget':
      return "This month's AI budget is used up, so these texts come from the offline template writer.";
    case 'failed':
      return 'Every configured AI provider failed just now, so these texts come from the offline template writer.';
  }
}
