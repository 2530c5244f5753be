import { recordAudit } from '../audit/record-audit';
import type { CoreDeps } from '../deps';
import { assertCan } from '../organizations/permissions';
import type { AiSettingsRecord } from '../ports/ai-repositories';
import type { Actor } from '../shared/actor';
import { readAiSettings } from './ai-settings';

/** A partial update: a field left out keeps its value; null removes a budget cap. */
export type AiSettingsPatch = Partial<AiSettingsRecord>;

/** Changes the auto-approve threshold and budgets (owners and admins), audited in the same transaction. */
export async function updateAiSettings(deps: Pick<CoreDeps, 'uow'>, actor: Actor, patch: AiSettingsPatch): Promise<AiSettingsRecord> {
  assertCan(actor.role, 'ai.settings');
  return deps.uow.transaction(async (repos) => {
    const before = await readAiSettings(repos, actor.organizationId);
    const after = await repos.aiSettings.save(actor.organizationId, {
      autoApproveThreshold: patch.autoApproveThreshold ?? before.autoApproveThreshold,
      monthlyBudgetUsd: patch.monthlyBudgetUsd === undefined ? before.monthlyBudgetUsd : patch.monthlyBudgetUsd,
      monthlyTokenBudget: patch.monthlyTokenBudget === undefined ? before.monthlyTokenBudget : patch.monthlyTokenBudget,
    });
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'ai_settings.updated',
      entityType: 'organization',
      entityId: actor.organizationId,
      before,
      after,
    });
    return after;
  });
}
