import type { CoreDeps } from '../deps';
import { AppError } from '../errors';
import { assertCan } from '../organizations/permissions';
import type { Actor } from '../shared/actor';
import { monthStart } from './monthly-budget';

/** Calls, failures, tokens and cost per provider and model in [from, to); default: this month so far. */
export async function readAiUsage(deps: Pick<CoreDeps, 'uow' | 'clock'>, actor: Actor, range: { from?: Date; to?: Date }) {
  assertCan(actor.role, 'ai.read');
  const now = deps.clock.now();
  const to = range.to ?? new Date(now.getTime() + 1);
  const from = range.from ?? monthStart(now);
  if (from >= to) throw AppError.invalid([{ field: 'to', message: 'Must be later than from' }]);
  return { byProvider: await deps.uow.aiTasks.usageByProvider(actor.organizationId, { from, to }) };
}
