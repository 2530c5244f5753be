import type { AiSettingsRecord, AiSettingsRepository } from '../ports/ai-repositories';

/** An organization that never saved settings: the 0.9 threshold, no spending caps. */
export const defaultAiSettings: AiSettingsRecord = { autoApproveThreshold: 0.9, monthlyBudgetUsd: null, monthlyTokenBudget: null };

/** The organization's AI settings, defaults filled in (the save endpoint uses the threshold). */
export async function readAiSettings(repos: { aiSettings: AiSettingsRepository }, organizationId: string): Promise<AiSettingsRecord> {
  return (await repos.aiSettings.find(organizationId)) ?? defaultAiSettings;
}
