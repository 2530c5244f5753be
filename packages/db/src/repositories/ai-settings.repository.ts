import { eq } from 'drizzle-orm';
import type { AiSettingsRepository } from '@socialseed/core/ports/ai-repositories';
import type { Executor } from '../client';
import { aiSettings } from '../schema/index';

const columns = {
  autoApproveThreshold: aiSettings.autoApproveThreshold,
  monthlyBudgetUsd: aiSettings.monthlyBudgetUsd,
  monthlyTokenBudget: aiSettings.monthlyTokenBudget,
};

export function createAiSettingsRepository(db: Executor): AiSettingsRepository {
  return {
    async find(organizationId) {
      const [row] = await db.select(columns).from(aiSettings).where(eq(aiSettings.organizationId, organizationId));
      return row ?? null;
    },
    async save(organizationId, settings) {
      const [row] = await db
        .insert(aiSettings)
        .values({ organizationId, ...settings })
        .onConflictDoUpdate({ target: aiSettings.organizationId, set: { ...settings, updatedAt: new Date() } })
        .returning(columns);
      if (!row) throw new Error('ai settings not saved');
      return row;
    },
  };
}
