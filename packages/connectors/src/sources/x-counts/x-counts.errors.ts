import { ProviderError } from '@socialseed/core/ports/social-provider';
import { classifyStatus, type HttpResponse } from '@socialseed/connectors/_shared/http-client';
import { xProblemSchema } from './x-counts.schemas';

/**
 * An app-only bearer token has no refresh: a 401 (revoked or wrong token) or 403 (the app is not
 * enrolled for this endpoint, suspended) needs the operator. A 400 is the query's own problem.
 */
export function classifyXCountsError(response: HttpResponse, what: string): ProviderError {
  const problem = xProblemSchema.safeParse(response.body);
  const detail = problem.success ? [problem.data.title, problem.data.detail, ...(problem.data.errors ?? []).map((error) => error.message)].filter(Boolean).join(': ') : '';
  const base = classifyStatus(response, what);
  const message = detail ? `${what}: HTTP ${response.status} ${detail}` : base.message;
  const options = { status: response.status, retryAt: base.retryAt };
  if (response.status === 401 || response.status === 403) return new ProviderError('reconnect', message, options);
  return new ProviderError(base.kind, message, options);
}
