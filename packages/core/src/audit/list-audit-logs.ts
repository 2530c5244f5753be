import { assertCan } from '../organizations/permissions';
import type { CoreDeps } from '../deps';
import type { Actor } from '../shared/actor';
import type { Pagination } from '../shared/pagination';

export async function listAuditLogs(
  deps: Pick<CoreDeps, 'uow'>,
  actor: Actor,
  filter: { action?: string; actorUserId?: string },
  pagination: Pagination,
) {
  assertCan(actor.role, 'audit.read');
  return deps.uow.auditLogs.list(actor.organizationId, filter, pagination);
}
