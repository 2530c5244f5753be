import { TextProviderError, type TextProvider } from '../ports/text-provider';

/** One call to one provider, classified for the chain's retry policy and for the task record. */
export type ProviderAttempt<T> = { latencyMs: number; tokensIn: number | null; tokensOut: number | null; output: string | null } & (
  | { outcome: 'succeeded'; value: T }
  | { outcome: 'malformed'; error: string }
  | { outcome: 'transient' | 'permanent'; error: string }
);

interface AttemptRequest<T> {
  system: string;
  user: string;
  jsonSchema: Record<string, unknown> | null;
  maxOutputTokens: number;
  temperature: number;
  parse(text: string): T;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Rejects when `signal` aborts even if the provider ignores it, so a misbehaving provider can
 * never hold the chain past its timeout.
 */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new TextProviderError('transient', 'timed out', { cause: signal.reason }));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Calls `provider` once with the chain's timeout, then parses its text with `request.parse`. */
export async function callProvider<T>(provider: TextProvider, request: AttemptRequest<T>, timeoutMs: number): Promise<ProviderAttempt<T>> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const signal = AbortSignal.timeout(timeoutMs);
  let completion;
  try {
    completion = await abortable(
      provider.complete({
        system: request.system,
        user: request.user,
        jsonSchema: request.jsonSchema,
        maxOutputTokens: request.maxOutputTokens,
        temperature: request.temperature,
        signal,
      }),
      signal,
    );
  } catch (error) {
    const none = { latencyMs: elapsed(), tokensIn: null, tokensOut: null, output: null };
    if (signal.aborted) return { ...none, outcome: 'transient', error: `timed out after ${timeoutMs} ms` };
    if (error instanceof TextProviderError) {
      const status = error.status === null ? '' : ` (HTTP ${error.status})`;
      return { ...none, outcome: error.kind, error: `${error.kind}${status}: ${error.message}` };
    }
    // Anything else is a defect in the adapter, not a passing fault: retrying would not help.
    return { ...none, outcome: 'permanent', error: `unexpected: ${describe(error)}` };
  }
  const base = { latencyMs: elapsed(), tokensIn: completion.tokensIn, tokensOut: completion.tokensOut, output: completion.text };
  try {
    return { ...base, outcome: 'succeeded', value: request.parse(completion.text) };
  } catch (error) {
    return { ...base, outcome: 'malformed', error: `malformed output: ${describe(error)}` };
  }
}
