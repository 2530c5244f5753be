import { describe, expect, it } from 'vitest';
import { ProviderError } from '@socialseed/core/ports/social-provider';
import { fetchEveryList } from './fetch-lists';

const options = { concurrency: 1, skippable: (error: ProviderError) => error.kind === 'rejected' };

describe('fetchEveryList', () => {
  it('skips lists whose failure is their own and reports them', async () => {
    const skipped: string[] = [];
    const items = await fetchEveryList(['a', 'b', 'c'], async (list) => {
      if (list === 'b') throw new ProviderError('rejected', 'no such list');
      return [list];
    }, { ...options, onListFailure: (list) => skipped.push(list) });
    expect(items).toEqual(['a', 'c']);
    expect(skipped).toEqual(['b']);
  });

  it('throws the first failure when every list failed', async () => {
    const error = await fetchEveryList(['a', 'b'], async (list) => Promise.reject(new ProviderError('rejected', `bad ${list}`)), options).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ kind: 'rejected', message: 'bad a' });
  });

  it('stops at a failure of the whole source and asks for no more lists', async () => {
    const asked: string[] = [];
    const error = await fetchEveryList(['a', 'b', 'c'], async (list) => {
      asked.push(list);
      if (list === 'a') throw new ProviderError('rate_limited', 'slow down');
      return [list];
    }, options).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ kind: 'rate_limited' });
    expect(asked).toEqual(['a']);
  });

  it('turns a stray non-ProviderError into retry', async () => {
    const error = await fetchEveryList(['a'], async () => Promise.reject(new TypeError('boom')), { concurrency: 1, skippable: () => false }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: 'retry' });
  });
});
