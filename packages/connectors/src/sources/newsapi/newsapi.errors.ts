import { ProviderError } from '@socialseed/core/ports/social-provider';
import { classifyStatus, type HttpResponse } from '@socialseed/connectors/_shared/http-client';
import { readRetryAfter } from '@socialseed/connectors/_shared/rate-limit-headers';
import { inFromNow } from '../_shared/source-http';
import { newsErrorSchema } from './newsapi.schemas';

/** Keys that no longer work: only the operator can fix them. */
const badKeyCodes = new Set(['apiKeyInvalid', 'apiKeyMissing', 'apiKeyDisabled']);
/** Out of requests (rateLimited) or out of the plan's quota (apiKeyExhausted): wait. */
const exhaustedCodes = new Set(['rateLimited', 'apiKeyExhausted']);
/** NewsAPI sends no reset header; its limits are per hour/day, so an hour is a safe guess. */
const defaultBackoffMs = 3_600_000;

/** A NewsAPI failure, from its `code` where the body has one, else from the HTTP status. */
export function classifyNewsApiError(response: HttpResponse, what: string): ProviderError {
  const body = newsErrorSchema.safeParse(response.body);
  if (!body.success) return classifyStatus(response, what);
  const { code, message } = body.data;
  const text = `${what}: ${code} ${message}`;
  const options = { status: response.status };
  if (badKeyCodes.has(code)) return new ProviderError('reconnect', text, options);
  if (exhaustedCodes.has(code) || response.status === 429) {
    return new ProviderError('rate_limited', text, { ...options, retryAt: readRetryAfter(response.headers) ?? inFromNow(defaultBackoffMs) });
  }
  if (response.status >= 500 || code === 'unexpectedError') return new ProviderError('retry', text, options);
  return new ProviderError('rejected', text, options);
}
