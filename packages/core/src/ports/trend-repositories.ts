import type { ContentFormat } from '../ai/content-types';
import type { Platform } from '../publishing/platforms';
import type { Page, Pagination } from '../shared/pagination';
import type { Embedding } from './text-embedder';
import type { TrendSettings } from '../trends/trend-settings';
import type { TrendSourceId } from '../trends/trend-item';

export type TrendRunStatus = 'queued' | 'running' | 'succeeded' | 'partial' | 'failed' | 'skipped';
export type SentimentLabelValue = 'positive' | 'neutral' | 'negative';

export interface TrendSnapshot { at: string; mentions: number; engagement: number | null }
export interface TrendEngagement { score: number | null; comments: number | null; traffic: number | null }

export interface TrendRunRecord {
  id: string;
  organizationId: string;
  status: TrendRunStatus;
  forced: boolean;
  requestedByUserId: string | null;
  summary: Record<string, unknown> | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  createdAt: Date;
}

export interface TrendRunsRepository {
  create(input: { organizationId: string; forced: boolean; requestedByUserId: string | null }): Promise<TrendRunRecord>;
  /**
   * queued → running, serialised per organization (advisory lock): refused while another run of
   * the organization is running and started after `staleBefore` (older ones belonged to dead workers
   * and are marked failed).
   */
  claim(organizationId: string, runId: string, now: Date, staleBefore: Date): Promise<boolean>;
  finish(runId: string, status: TrendRunStatus, summary: Record<string, unknown>, now: Date): Promise<void>;
  /** The newest run that stored trends (succeeded or partial). */
  lastCompleted(organizationId: string): Promise<TrendRunRecord | null>;
  latest(organizationId: string): Promise<TrendRunRecord | null>;
  findById(organizationId: string, id: string): Promise<TrendRunRecord | null>;
  /** Organizations with at least one brand: the ones the schedule refreshes. */
  organizationsWithBrands(): Promise<string[]>;
  /** Forgets finished runs older than `before` (their trends outlive them); returns how many. */
  deleteFinishedBefore(before: Date): Promise<number>;
}

/** A stored member, as aggregation needs it. */
export interface StoredTrendMember {
  source: TrendSourceId;
  externalId: string;
  engagement: TrendEngagement;
  publishedAt: Date;
  imageUrl: string | null;
  url: string | null;
  title: string;
  channel: string | null;
}

/** What the pipeline reads back about a trend that new items joined. */
export interface StoredTrendState {
  id: string;
  title: string;
  summary: string;
  url: string | null;
  imageUrl: string | null;
  category: string;
  history: TrendSnapshot[];
  signature: number[];
  imageHashes: string[];
  embeddingModel: string;
  embedding: Embedding;
  sentimentScore: number;
  publishedAt: Date;
  firstSeenAt: Date;
  members: StoredTrendMember[];
}

export interface TrendWrite {
  id: string;
  organizationId: string;
  title: string;
  summary: string;
  url: string | null;
  imageUrl: string | null;
  category: string;
  sources: string[];
  mentions: number;
  engagement: number | null;
  engagementPerHour: number | null;
  acceleration: number | null;
  momentum: number;
  sentimentLabel: SentimentLabelValue;
  sentimentScore: number;
  opportunity: number;
  signature: number[];
  imageHashes: string[];
  embedding: Embedding;
  embeddingModel: string;
  history: TrendSnapshot[];
  publishedAt: Date;
  firstSeenAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface TrendMemberWrite {
  organizationId: string;
  trendId: string;
  source: TrendSourceId;
  externalId: string;
  title: string;
  url: string | null;
  urlKey: string | null;
  channel: string | null;
  engagement: TrendEngagement;
  imageUrl: string | null;
  publishedAt: Date;
  seenAt: Date;
}

/** A trend as ranking needs it (no members). */
export interface ActiveTrend {
  id: string;
  category: string;
  embedding: Embedding;
  embeddingModel: string;
  opportunity: number;
  sources: TrendSourceId[];
  hasImage: boolean;
  hasLink: boolean;
  summaryLength: number;
  titleLength: number;
  /** For re-embedding when the configured model changed. */
  title: string;
  summary: string;
}

export interface TrendRecord {
  id: string;
  title: string;
  summary: string;
  url: string | null;
  imageUrl: string | null;
  category: string;
  sources: TrendSourceId[];
  mentions: number;
  engagement: number | null;
  engagementPerHour: number | null;
  acceleration: number | null;
  momentum: number;
  sentimentLabel: SentimentLabelValue;
  sentimentScore: number;
  opportunity: number;
  history: TrendSnapshot[];
  publishedAt: Date;
  firstSeenAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface TrendMemberRecord {
  source: TrendSourceId;
  title: string;
  url: string | null;
  channel: string | null;
  engagement: TrendEngagement;
  publishedAt: Date;
}

export interface TrendListFilter {
  source?: TrendSourceId;
  category?: string;
  sentiment?: SentimentLabelValue;
  /** Case-insensitive substring of the title. */
  query?: string;
  seenSince?: Date;
  sort: 'opportunity' | 'recent' | 'momentum' | 'mentions';
}

export interface TrendsRepository {
  /** Trend ids of stored members, by `source:externalId` and by canonical URL key. */
  findMemberTrendIds(organizationId: string, memberKeys: string[], urlKeys: string[]): Promise<{ byMemberKey: Map<string, string>; byUrlKey: Map<string, string> }>;
  /** Trends seen since `since`, for new items to join by text or image. */
  recentForMatching(organizationId: string, since: Date): Promise<Array<{ trendId: string; signature: number[]; imageHashes: string[] }>>;
  loadStates(organizationId: string, trendIds: string[]): Promise<StoredTrendState[]>;
  /** Bulk upserts in one transaction: trends (by id), then members (by organization, source, external id). */
  save(trends: TrendWrite[], members: TrendMemberWrite[]): Promise<void>;
  /** Unexpired trends seen since `since`, for ranking. */
  listActive(organizationId: string, now: Date, since: Date): Promise<ActiveTrend[]>;
  updateEmbeddings(updates: Array<{ id: string; embedding: Embedding; embeddingModel: string }>): Promise<void>;
  list(organizationId: string, now: Date, filter: TrendListFilter, pagination: Pagination): Promise<Page<TrendRecord>>;
  findById(organizationId: string, id: string): Promise<(TrendRecord & { members: TrendMemberRecord[] }) | null>;
  findManyByIds(organizationId: string, ids: string[]): Promise<TrendRecord[]>;
  deleteExpired(now: Date): Promise<number>;
}

export interface BrandTrendProfile {
  brandId: string;
  name: string;
  industry: string;
  pillars: string[];
  settings: TrendSettings;
  /** Platforms of the brand's connected (active) accounts. */
  platforms: Platform[];
}

export interface BrandTrendScoreWrite {
  brandId: string;
  trendId: string;
  decision: 'recommended' | 'watchlist';
  rank: number;
  final: number;
  relevance: number;
  opportunity: number;
  format: number;
  rl: number;
  matchedPillar: string | null;
  suggestedPlatform: Platform;
  suggestedFormat: ContentFormat;
  reason: string;
}

export interface BrandTrendScoreRecord extends BrandTrendScoreWrite {
  scoredAt: Date;
}

export interface BrandTrendsRepository {
  getSettings(organizationId: string, brandId: string): Promise<TrendSettings | null>;
  putSettings(organizationId: string, brandId: string, settings: TrendSettings): Promise<void>;
  profiles(organizationId: string): Promise<BrandTrendProfile[]>;
  /** Replaces each listed brand's stored top trends. */
  replaceScores(brandIds: string[], scores: BrandTrendScoreWrite[], now: Date): Promise<void>;
  scoresForBrand(brandId: string): Promise<BrandTrendScoreRecord[]>;
  dismiss(input: { brandId: string; trendId: string; category: string; userId: string }): Promise<void>;
  /** Dismissed trend ids and dismissals per category, for the brand (negative feedback). */
  dismissals(brandIds: string[]): Promise<Array<{ brandId: string; trendId: string; category: string }>>;
  /** Removes the trend from the brand's stored top list (after a dismissal). */
  removeScore(brandId: string, trendId: string): Promise<void>;
}

export interface ImageHashesRepository {
  getMany(urlKeys: string[]): Promise<Map<string, string | null>>;
  putMany(entries: Array<{ urlKey: string; hash: string | null }>, now: Date): Promise<void>;
  /** Forgets hashes fetched before `before`: an image seen again later is simply fetched again. */
  deleteFetchedBefore(before: Date): Promise<number>;
}
