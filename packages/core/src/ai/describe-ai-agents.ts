import type { CoreDeps } from '../deps';
import { assertCan } from '../organizations/permissions';
import type { Actor } from '../shared/actor';
import { readAiSettings } from './ai-settings';
import { readBudget } from './monthly-budget';
import { studioAgents } from './studio-agents';

/**
 * The studio at a glance: which tier answers (`template` when no provider is configured), the
 * providers in the order they are tried, what the studio offers, and this month's spending.
 */
export async function describeAiAgents(deps: Pick<CoreDeps, 'uow' | 'clock' | 'textGeneration'>, actor: Actor) {
  assertCan(actor.role, 'ai.read');
  const settings = await readAiSettings(deps.uow, actor.organizationId);
  const spending = await readBudget(deps.uow, settings, actor.organizationId, deps.clock.now());
  const providers = deps.textGeneration.providers.map((provider) => ({ name: provider.name, model: provider.model }));
  return {
    tier: providers.length > 0 ? ('provider' as const) : ('template' as const),
    providers,
    agents: studioAgents.map((agent) => ({ name: agent.name, description: agent.description })),
    budget: {
      monthlyBudgetUsd: spending.monthlyBudgetUsd,
      spentUsd: spending.spentUsd,
      monthlyTokenBudget: spending.monthlyTokenBudget,
      usedTokens: spending.usedTokens,
    },
    autoApproveThreshold: settings.autoApproveThreshold,
  };
}
