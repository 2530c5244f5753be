import type { Page, Pagination } from '../shared/pagination';

export const abTestStatuses = ['running', 'kept', 'reverted'] as const;
export type AbTestStatus = (typeof abTestStatuses)[number];

export interface AbTestRecord {
  id: string;
  organizationId: string;
  brandId: string;
  name: string;
  /** The variants' posts in order; the first (A) is the control. */
  postIds: string[];
  /** e.g. 0.95: a winner needs p < 1 − level. */
  significanceLevel: number;
  status: AbTestStatus;
  decidedPostId: string | null;
  decidedAt: Date | null;
  decidedByUserId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A variant's engagement summed over its post's targets. */
export interface VariantTotals {
  postId: string;
  /** Reported impressions, or the estimate where a platform reports none. */
  impressions: number;
  /** likes + comments + shares (unknown parts count as none). */
  interactions: number;
}

export interface AbTestsRepository {
  create(input: { organizationId: string; brandId: string; name: string; postIds: string[]; significanceLevel: number }): Promise<AbTestRecord>;
  findById(organizationId: string, id: string): Promise<AbTestRecord | null>;
  /** Same as findById, locking the row until the transaction ends (one decision wins). */
  findByIdForUpdate(organizationId: string, id: string): Promise<AbTestRecord | null>;
  /** Newest first. */
  list(organizationId: string, filter: { brandId?: string }, pagination: Pagination): Promise<Page<AbTestRecord>>;
  decide(id: string, decision: { status: Exclude<AbTestStatus, 'running'>; decidedPostId: string; decidedByUserId: string; decidedAt: Date }): Promise<AbTestRecord>;
  /** The organization's posts among these ids, with their brand and text (for labels and checks). */
  postsOf(organizationId: string, postIds: string[]): Promise<Array<{ id: string; brandId: string; text: string }>>;
  /** Totals per post over all its targets' latest engagement; posts without any count 0. */
  variantTotals(organizationId: string, postIds: string[]): Promise<VariantTotals[]>;
}
