import { APICallError, InvalidResponseDataError, JSONParseError, TypeValidationError } from 'ai';
import { TextProviderError } from '@socialseed/core/ports/text-provider';

const isAbort = (error: unknown) => error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');

/**
 * Maps what the AI SDK throws onto the chain's two kinds. Transient: 408/409/429/5xx, timeouts,
 * network failures and unreadable answers (a proxy's HTML error page, a cut-off body) — the same
 * call may work a moment later. Permanent: every other 4xx (bad key, unknown model, a request the
 * API refuses) — retrying cannot help, so the chain moves to the next provider at once.
 */
export function toTextProviderError(error: unknown): TextProviderError {
  if (error instanceof TextProviderError) return error;
  if (isAbort(error)) return new TextProviderError('transient', 'aborted (timeout)', { cause: error });
  if (APICallError.isInstance(error)) {
    const status = error.statusCode ?? null;
    const message = error.message || 'API call failed';
    if (status !== null && status >= 400 && status < 500 && ![408, 409, 429].includes(status)) {
      return new TextProviderError('permanent', message, { status, cause: error });
    }
    return new TextProviderError('transient', message, { status, cause: error });
  }
  if (InvalidResponseDataError.isInstance(error) || JSONParseError.isInstance(error) || TypeValidationError.isInstance(error)) {
    return new TextProviderError('transient', `unreadable answer: ${error.message}`, { cause: error });
  }
  return new TextProviderError('permanent', error instanceof Error ? error.message : String(error), { cause: error });
}
