import type { ImageHasher } from '../ports/image-hasher';
import type { TextAnalyzer } from '../ports/text-analyzer';
import type { TextEmbedder } from '../ports/text-embedder';
import type { TrendSource } from '../ports/trend-source';

export interface TrendPipelineSettings {
  /** A scheduled run is skipped when the last completed one is fresher than this. */
  minIntervalMs: number;
  /** New items may join trends last seen within this window. */
  matchWindowMs: number;
  /** Ranking considers trends seen within this window (older stories are stale for posting). */
  rankWindowMs: number;
  /** Trends not seen again for this long are deleted. */
  ttlMs: number;
  /** New images fetched and hashed per run; the rest wait for the next run (reported). */
  maxImageFetchesPerRun: number;
  limitPerList: number;
  /** A run still "running" after this belonged to a dead worker. */
  staleRunMs: number;
}

export const defaultTrendPipelineSettings: TrendPipelineSettings = {
  minIntervalMs: 2 * 3_600_000,
  matchWindowMs: 72 * 3_600_000,
  rankWindowMs: 72 * 3_600_000,
  ttlMs: 30 * 24 * 3_600_000,
  maxImageFetchesPerRun: 200,
  limitPerList: 50,
  staleRunMs: 30 * 60_000,
};

/** Everything the trend pipeline talks to, wired from configuration (runtime/create-context.ts). */
export interface TrendServices {
  /** Configured sources only (sources without keys are absent). */
  sources: TrendSource[];
  analyzer: TextAnalyzer;
  /** Provider embeddings when configured, otherwise the lexical model. */
  embedder: TextEmbedder;
  /** The offline lexical model: the fallback when the provider fails. */
  lexical: TextEmbedder;
  images: ImageHasher;
  settings: TrendPipelineSettings;
}
