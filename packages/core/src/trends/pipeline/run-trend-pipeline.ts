import type { CoreDeps } from '../../deps';
import type { TrendSource } from '../../ports/trend-source';
import { trendSourceIds, type TrendSourceId, type TrendSourceRequest } from '../trend-item';
import type { BrandTrendProfile } from '../../ports/trend-repositories';
import { clusterItems } from '../dedup/cluster-items';
import { assembleTrends } from './assemble-trends';
import { fetchTrendSources, type SourceFetchReport } from './fetch-trend-sources';
import { hashItemImages } from './hash-item-images';
import { prepareItems } from './prepare-items';
import { scoreOrganizationTrends } from './score-organization-trends';

export interface TrendRunSummary {
  sources: SourceFetchReport[];
  items: { fetched: number; stored: number; dropped: Record<string, number> };
  trends: { created: number; updated: number };
  images: { cached: number; hashed: number; unreadable: number; deferred: number };
  embedding: { model: string; fellBack: boolean; error: string | null };
  brandsScored: number;
  expiredDeleted: number;
  durationMs: number;
  /** Milliseconds per stage, to see where a slow run spends its time. */
  stagesMs: Record<'fetch' | 'prepare' | 'expire' | 'images' | 'dedup' | 'assemble' | 'store' | 'rank', number>;
}

/** The union of the brands' settings: a source runs when any brand follows it. */
export function sourceRequestFor(profiles: BrandTrendProfile[], limitPerList: number, now: Date): { request: TrendSourceRequest; enabled: Set<TrendSourceId> } {
  const enabled = new Set<TrendSourceId>(trendSourceIds.filter((id) => profiles.some((profile) => profile.settings.sources[id])));
  const unique = (values: string[]) => [...new Set(values)];
  const geos = profiles.map((profile) => profile.settings.geo);
  // One Google Trends / top-headlines country per run: the one most brands chose.
  const geo = geos.sort((a, b) => geos.filter((g) => g === b).length - geos.filter((g) => g === a).length)[0] ?? 'US';
  return {
    enabled,
    request: {
      subreddits: unique(profiles.flatMap((profile) => profile.settings.subreddits.map((name) => name.toLowerCase()))),
      queries: unique(profiles.flatMap((profile) => profile.settings.queries)),
      feeds: unique(profiles.flatMap((profile) => profile.settings.feeds)),
      geo,
      industries: unique(profiles.map((profile) => profile.industry)),
      interests: unique(profiles.flatMap((profile) => profile.pillars)),
      limitPerList,
      now,
    },
  };
}

/**
 * One pipeline run for an organization: fetch every enabled source (isolated from each other),
 * normalise, deduplicate against this run and recently seen trends, measure, embed, store with
 * bulk upserts, drop expired trends, then rank the trends for every brand.
 */
export async function runTrendPipeline(deps: CoreDeps, organizationId: string, sourcesOverride?: TrendSource[]): Promise<TrendRunSummary> {
  const started = deps.clock.now();
  const stagesMs = { fetch: 0, prepare: 0, expire: 0, images: 0, dedup: 0, assemble: 0, store: 0, rank: 0 };
  let mark = performance.now();
  const lap = (stage: keyof typeof stagesMs) => {
    const now = performance.now();
    stagesMs[stage] = Math.round(now - mark);
    mark = now;
  };
  const { settings } = deps.trends;
  const profiles = await deps.uow.brandTrends.profiles(organizationId);
  const { request, enabled } = sourceRequestFor(profiles, settings.limitPerList, started);
  const available = sourcesOverride ?? deps.trends.sources;
  const configured = new Set(available.map((source) => source.id));
  const running = available.filter((source) => enabled.has(source.id));

  const fetched = await fetchTrendSources(deps.uow.throttle, running, request, organizationId, () => deps.clock.now());
  const reports: SourceFetchReport[] = [
    ...fetched.reports,
    ...trendSourceIds
      .filter((id) => !running.some((source) => source.id === id))
      .map((id): SourceFetchReport => ({
        source: id,
        status: configured.has(id) ? 'disabled' : 'not_configured',
        items: 0,
        error: configured.has(id) ? 'No brand follows this source.' : 'Not configured on this installation (no key).',
        retryAt: null,
        durationMs: 0,
      })),
  ];

  lap('fetch');
  const { items, dropped } = prepareItems(fetched.items);
  lap('prepare');
  const now = deps.clock.now();
  // Expired trends go first, so a story that returns after a month starts a new trend instead of
  // reviving one whose history is a month old. Runs and cached image hashes are kept as long as
  // trends are, so neither table grows forever.
  const expiredDeleted = await deps.uow.trends.deleteExpired(now);
  const retention = new Date(now.getTime() - settings.ttlMs);
  await deps.uow.trendRuns.deleteFinishedBefore(retention);
  await deps.uow.imageHashes.deleteFetchedBefore(retention);
  lap('expire');
  const images = await hashItemImages(items, deps.uow.imageHashes, deps.trends.images, settings.maxImageFetchesPerRun, now);
  lap('images');
  const lookup = await deps.uow.trends.findMemberTrendIds(
    organizationId,
    items.map((prepared) => prepared.memberKey),
    items.flatMap((prepared) => (prepared.urlKey ? [prepared.urlKey] : [])),
  );
  const knownTrendIds = items.map((prepared) => lookup.byMemberKey.get(prepared.memberKey) ?? (prepared.urlKey ? lookup.byUrlKey.get(prepared.urlKey) : undefined) ?? null);
  const known = await deps.uow.trends.recentForMatching(organizationId, new Date(now.getTime() - settings.matchWindowMs));
  const clusters = clusterItems(
    items.map((prepared, index) => ({
      canonicalUrl: prepared.urlKey,
      signature: prepared.signature,
      imageHash: prepared.imageUrlKey ? (images.hashes.get(prepared.imageUrlKey) ?? null) : null,
      knownTrendId: knownTrendIds[index] ?? null,
    })),
    known,
  );
  const joined = [...new Set(clusters.flatMap((cluster) => (cluster.trendId ? [cluster.trendId] : [])).concat(knownTrendIds.filter((id): id is string => id !== null)))];
  const states = new Map((await deps.uow.trends.loadStates(organizationId, joined)).map((state) => [state.id, state]));

  lap('dedup');
  const assembled = await assembleTrends({
    organizationId,
    items,
    clusters,
    knownTrendIds,
    states,
    imageHashes: images.hashes,
    analyzer: deps.trends.analyzer,
    embedder: deps.trends.embedder,
    lexical: deps.trends.lexical,
    now,
    ttlMs: settings.ttlMs,
    newId: () => crypto.randomUUID(),
  });
  lap('assemble');
  await deps.uow.transaction((repos) => repos.trends.save(assembled.trends, assembled.members));
  lap('store');
  const scored = await scoreOrganizationTrends(deps, organizationId, profiles);
  lap('rank');

  return {
    sources: reports,
    items: { fetched: fetched.items.length, stored: items.length, dropped },
    trends: { created: assembled.created, updated: assembled.updated },
    images: images.report,
    // New trends may have been embedded by the provider and still ranked in the lexical model
    // (or the other way round): the summary says whether either step had to fall back.
    embedding: {
      model: scored.model,
      fellBack: assembled.embedding.fellBack || scored.fellBack,
      error: assembled.embedding.error ?? scored.error,
    },
    brandsScored: scored.brands,
    expiredDeleted,
    durationMs: deps.clock.now().getTime() - started.getTime(),
    stagesMs,
  };
}
