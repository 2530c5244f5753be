import { ProviderError, isProviderError } from '@socialseed/core/ports/social-provider';
import { settleWithConcurrency } from './concurrency';

/** Told about every list (subreddit, feed, query …) that failed while the source as a whole went on. */
export type ListFailureListener = (list: string, error: ProviderError) => void;

export interface FetchListsOptions {
  concurrency: number;
  /**
   * Whether a list's failure concerns only that list (a private subreddit, a broken feed) and
   * may be skipped. Anything else — bad credentials, the source's rate limit — stops the fetch,
   * since every other list would fail the same way.
   */
  skippable(error: ProviderError): boolean;
  onListFailure?: ListFailureListener | undefined;
}

function asProviderError(error: unknown, list: string): ProviderError {
  if (isProviderError(error)) return error;
  return new ProviderError('retry', `${list}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

/**
 * Fetches every list, skipping (and reporting) those whose failure is their own. When every list
 * failed, the first failure is thrown so the pipeline sees the source as failing.
 */
export async function fetchEveryList<Item>(lists: readonly string[], fetchList: (list: string) => Promise<Item[]>, options: FetchListsOptions): Promise<Item[]> {
  // Once the source itself has failed (bad key, rate limit), asking for more lists only wastes budget.
  let fatal: ProviderError | null = null;
  const results = await settleWithConcurrency(lists, options.concurrency, async (list) => {
    if (fatal) throw fatal;
    try {
      return await fetchList(list);
    } catch (error) {
      const failure = asProviderError(error, list);
      if (!options.skippable(failure)) fatal ??= failure;
      throw failure;
    }
  });
  if (fatal) throw fatal;
  const items: Item[] = [];
  const failures: ProviderError[] = [];
  results.forEach((result, index) => {
    if (result.status === 'fulfilled') {
      items.push(...result.value);
      return;
    }
    const list = lists[index] ?? '';
    const error = asProviderError(result.reason, list);
    options.onListFailure?.(list, error);
    failures.push(error);
  });
  const [first] = failures;
  if (first && failures.length === lists.length) throw first;
  return items;
}
