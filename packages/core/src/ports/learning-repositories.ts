import type { LearnerModel } from '../learning/learner-model';
import type { PostLabels } from '../learning/post-labels';
import type { Platform } from '../publishing/platforms';

export interface LearningModelRecord {
  id: string;
  organizationId: string;
  brandId: string;
  version: number;
  kind: LearnerModel['kind'];
  model: LearnerModel;
  sampleSize: number;
  note: string | null;
  trainedAt: Date;
}

/** One rewarded post on one account, with what the learner needs to turn it into a sample. */
export interface RewardedPostRow {
  targetId: string;
  organizationId: string;
  brandId: string;
  industry: string;
  /** The brand's tone, for posts whose own tone is unknown. */
  brandTone: string | null;
  brandTimeZone: string;
  platform: Platform;
  labels: PostLabels | null;
  asThread: boolean;
  mediaCount: number;
  publishedAt: Date;
  reward: number;
  rewardEstimated: boolean;
}

/** A brand the weekly retrain may be due for. */
export interface RetrainCandidate {
  organizationId: string;
  brandId: string;
  timeZone: string;
  lastTrainedAt: Date | null;
}

export interface LearningModelsRepository {
  latest(organizationId: string, brandId: string): Promise<LearningModelRecord | null>;
  /** The newest model of each brand that has one (for ranking trends of many brands at once). */
  latestForBrands(brandIds: string[]): Promise<Map<string, LearnerModel>>;
  /** Stores the next version of a brand's model (versions count up per brand). */
  save(input: Omit<LearningModelRecord, 'id' | 'version'>): Promise<LearningModelRecord>;
  /**
   * Rewarded posts published since `since`: of one organization's brands, or of every brand in
   * an industry (the pooled prior's wider circle).
   */
  rewardedPosts(scope: { organizationId: string } | { industry: string }, since: Date): Promise<RewardedPostRow[]>;
  /** Every brand with at least one rewarded post, with when its model was last trained. */
  retrainCandidates(): Promise<RetrainCandidate[]>;
}
