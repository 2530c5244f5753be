import type { CoreDeps } from '../deps';
import { AppError } from '../errors';
import { assertCan } from '../organizations/permissions';
import type { AiTaskRecord } from '../ports/ai-repositories';
import type { Actor } from '../shared/actor';
import type { Pagination } from '../shared/pagination';

/** The organization's AI task history, newest first. */
export async function listAiTasks(
  deps: Pick<CoreDeps, 'uow'>,
  actor: Actor,
  filter: { agent?: string; status?: AiTaskRecord['status'] },
  pagination: Pagination,
) {
  assertCan(actor.role, 'ai.read');
  return deps.uow.aiTasks.list(actor.organizationId, filter, pagination);
}

/** One task with its prompt and output; another organization's id is simply not found. */
export async function getAiTask(deps: Pick<CoreDeps, 'uow'>, actor: Actor, id: string): Promise<AiTaskRecord> {
  assertCan(actor.role, 'ai.read');
  const task = await deps.uow.aiTasks.findById(actor.organizationId, id);
  if (!task) throw AppError.notFound('AI task');
  return task;
}
