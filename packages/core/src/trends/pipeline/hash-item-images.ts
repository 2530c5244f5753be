import type { ImageHasher } from '../../ports/image-hasher';
import type { ImageHashesRepository } from '../../ports/trend-repositories';
import type { PreparedItem } from './prepare-items';

export interface ImageHashReport {
  cached: number;
  hashed: number;
  unreadable: number;
  /** Over this run's fetch budget: hashed on a later run. */
  deferred: number;
}

const CONCURRENCY = 8;

/**
 * Perceptual hashes for the items' images: from the cache by URL hash, otherwise fetched and
 * hashed (a bounded number per run, a few at a time) and cached — unreadable images too, so a
 * broken URL is not fetched on every run.
 */
export async function hashItemImages(
  items: PreparedItem[],
  cache: ImageHashesRepository,
  hasher: ImageHasher,
  maxFetches: number,
  now: Date,
): Promise<{ hashes: Map<string, string>; report: ImageHashReport }> {
  const urlByKey = new Map<string, string>();
  for (const prepared of items) if (prepared.imageUrlKey && prepared.item.imageUrl) urlByKey.set(prepared.imageUrlKey, prepared.item.imageUrl);
  const report: ImageHashReport = { cached: 0, hashed: 0, unreadable: 0, deferred: 0 };
  const hashes = new Map<string, string>();
  if (urlByKey.size === 0) return { hashes, report };

  const known = await cache.getMany([...urlByKey.keys()]);
  const missing: string[] = [];
  for (const key of urlByKey.keys()) {
    if (!known.has(key)) missing.push(key);
    else {
      report.cached += 1;
      const hash = known.get(key);
      if (hash) hashes.set(key, hash);
    }
  }
  const toFetch = missing.slice(0, maxFetches);
  report.deferred = missing.length - toFetch.length;

  const fetched: Array<{ urlKey: string; hash: string | null }> = [];
  let next = 0;
  const worker = async () => {
    while (next < toFetch.length) {
      const key = toFetch[next++]!;
      const hash = await hasher.hashUrl(urlByKey.get(key)!).catch(() => null);
      fetched.push({ urlKey: key, hash });
      if (hash) {
        hashes.set(key, hash);
        report.hashed += 1;
      } else report.unreadable += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, toFetch.length) }, worker));
  await cache.putMany(fetched, now);
  return { hashes, report };
}
