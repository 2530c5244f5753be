/** A brand's own brand-safety lists; empty lists when never set. */
export interface BrandSafetyLists {
  bannedWords: string[];
  sensitiveTopics: string[];
}

export interface BrandSafetyListsRepository {
  find(organizationId: string, brandId: string): Promise<BrandSafetyLists>;
  save(organizationId: string, brandId: string, lists: BrandSafetyLists): Promise<BrandSafetyLists>;
}

/** Results of repeatable AI requests, so asking the same thing again costs nothing. */
export interface AiCacheRepository {
  get(key: string, now: Date): Promise<Record<string, unknown> | null>;
  put(organizationId: string, key: string, value: Record<string, unknown>, expiresAt: Date): Promise<void>;
}
