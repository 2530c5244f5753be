import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import { assertCan } from '../organizations/permissions';
import type { UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import type { Clock } from '../shared/clock';
import type { AbTestDecision, AbTestView } from './ab-test';
import { viewsOf } from './ab-test-view';

/**
 * Ends a running test: keep = its significant winner (409 while there is none), revert = the
 * control (A), whatever the data say. A decided test stays decided (409). The row is locked
 * so two people deciding at once cannot both win.
 */
export async function decideAbTest(deps: { uow: UnitOfWork; clock: Clock }, actor: Actor, id: string, action: AbTestDecision): Promise<AbTestView> {
  assertCan(actor.role, 'posts.write');
  return deps.uow.transaction(async (repos) => {
    const test = await repos.abTests.findByIdForUpdate(actor.organizationId, id);
    if (!test) throw AppError.notFound('A/B test');
    if (test.status !== 'running') {
      throw new AppError('CONFLICT', { message: `This A/B test was already decided (${test.status})`, userMessage: 'This A/B test has already been decided.' });
    }
    const [current] = await viewsOf(repos, actor.organizationId, [test]);
    const winner = current?.result.winnerPostId ?? null;
    if (action === 'keep' && !winner) {
      throw new AppError('CONFLICT', {
        message: `No winner yet: keeping needs a variant significantly better than the others at the test's ${Math.round(test.significanceLevel * 1000) / 10}% level`,
        userMessage: 'There is no winner yet. Wait for more data, or revert to the control.',
      });
    }
    const decidedPostId = action === 'keep' ? (winner as string) : (test.postIds[0] as string);
    const decided = await repos.abTests.decide(test.id, { status: action === 'keep' ? 'kept' : 'reverted', decidedPostId, decidedByUserId: actor.userId, decidedAt: deps.clock.now() });
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'ab_test.decided',
      entityType: 'ab_test',
      entityId: test.id,
      before: { status: test.status },
      after: { status: decided.status, decidedPostId, pValue: current?.result.pValue ?? null, message: current?.result.message ?? null },
    });
    const [view] = await viewsOf(repos, actor.organizationId, [decided]);
    return view as AbTestView;
  });
}
