import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import { validatePostText } from '../../api/post-validation.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { Platform } from '../../api/schemas/social-account.ts';
import { estimateLength } from './fallback-length.ts';

export interface LengthCheck {
  /** Undefined when nobody can count yet (X without the server's validator). */
  length: number | undefined;
  limit: number | undefined;
  issues: string[];
  /** True when counted in the browser because the server's validator did not answer. */
  estimated: boolean;
}

/** Said by the counter line itself (too long) or by the form on submit (empty), so not repeated. */
const issuesShownElsewhere = new Set(['TEXT_TOO_LONG', 'TEXT_EMPTY']);

/** Set after the first 404: an instance without the validator will not grow one before a reload. */
let validatorMissing = false;

/**
 * The platform's count of `text` for one account: the server's when it answers (with that
 * account's own limits, e.g. its Mastodon server's), else the browser's estimate.
 * `settledText` is the debounced text sent to the server; `liveText` is what the estimate counts.
 */
export function useLengthCheck(platform: Platform, accountId: string, settledText: string, liveText: string): LengthCheck {
  const query = useQuery({
    queryKey: queryKeys.postValidation(platform, accountId, settledText),
    queryFn: () => validatePostText(platform, settledText, accountId),
    enabled: !validatorMissing,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
  if (query.error instanceof ApiError && query.error.status === 404) validatorMissing = true;
  if (query.data && !validatorMissing) {
    return { length: query.data.length, limit: query.data.limit, issues: query.data.issues.filter((issue) => !issuesShownElsewhere.has(issue.code)).map((issue) => issue.message), estimated: false };
  }
  const estimate = estimateLength(platform, liveText);
  return { length: estimate?.length, limit: estimate?.limit, issues: [], estimated: true };
}
