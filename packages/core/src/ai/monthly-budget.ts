import type { AiSettingsRecord, AiTasksRepository } from '../ports/ai-repositories';

/** Budgets run per calendar month in UTC, so every process and time zone agrees on the reset. */
export function monthStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

export interface BudgetStatus {
  monthlyBudgetUsd: number | null;
  spentUsd: number;
  monthlyTokenBudget: number | null;
  usedTokens: number;
  /** True once either cap is reached: no provider may be called until next month. */
  exhausted: boolean;
}

/** This month's spending against the organization's caps (a cap of null never runs out). */
export async function readBudget(repos: { aiTasks: AiTasksRepository }, settings: AiSettingsRecord, organizationId: string, now: Date): Promise<BudgetStatus> {
  const spent = await repos.aiTasks.spentSince(organizationId, monthStart(now));
  const overUsd = settings.monthlyBudgetUsd !== null && spent.costUsd >= settings.monthlyBudgetUsd;
  const overTokens = settings.monthlyTokenBudget !== null && spent.tokens >= settings.monthlyTokenBudget;
  return {
    monthlyBudgetUsd: settings.monthlyBudgetUsd,
    spentUsd: spent.costUsd,
    monthlyTokenBudget: settings.monthlyTokenBudget,
    usedTokens: spent.tokens,
    exhausted: overUsd || overTokens,
  };
}
