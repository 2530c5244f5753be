import type { CoreDeps } from '../deps';
import { assertCan } from '../organizations/permissions';
import type { Actor } from '../shared/actor';

/**
 * Posts that should have gone out and have not: due more than `alertAfterMs` ago (the sweep
 * re-wakes anything overdue every minute while a worker runs), so a count above zero means no
 * worker is running, or the workers cannot keep up. Said out loud rather than left to be found
 * on the calendar: the loudest complaint about schedulers is posts that silently never publish.
 */
export interface DeliveryStall {
  overdue: number;
  oldestDueAt: Date | null;
  alertAfterMs: number;
}

type StallDeps = Pick<CoreDeps, 'uow' | 'clock' | 'settings'>;

async function readStall(deps: StallDeps, organizationId: string | null): Promise<DeliveryStall> {
  const alertAfterMs = deps.settings.delivery.stallAlertMs;
  const summary = await deps.uow.targets.overdueSummary(new Date(deps.clock.now().getTime() - alertAfterMs), organizationId);
  return { overdue: summary.count, oldestDueAt: summary.oldestDueAt, alertAfterMs };
}

/** The organization's stalled deliveries, for the banner every member sees. */
export async function readDeliveryStall(deps: StallDeps, actor: Actor): Promise<DeliveryStall> {
  assertCan(actor.role, 'posts.read');
  return readStall(deps, actor.organizationId);
}

/** Every organization's, for operators: /api/health and the Prometheus gauge. */
export function readInstanceDeliveryStall(deps: StallDeps): Promise<DeliveryStall> {
  return readStall(deps, null);
}
