import { AppError } from '../errors';
import { assertCan } from '../organizations/permissions';
import type { UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import type { Clock } from '../shared/clock';
import { nextQueueSlot } from './next-queue-slot';
import type { PostRecord, PostWithTargets } from './post';
import { bestSlotsFor } from '../learning/best-time';
import { schedulePost } from './schedule-post';

const HORIZON_MS = 60 * 86_400_000;
/** How many of the learned best hours of the week "add to queue" may use (three a day on average). */
const LEARNED_SLOT_COUNT = 21;

/** Below this many measured posts on a platform, the brand's own hours beat a guess. */
const MIN_MEASURED_POSTS = 5;

/** The best hours to post learned for the post's first platform, best first; none until the brand has measured posts there. */
async function learnedSlotsFor(uow: UnitOfWork, post: PostRecord): Promise<number[]> {
  const [record, targets] = await Promise.all([uow.learningModels.latest(post.organizationId, post.brandId), uow.targets.listForPost(post.id)]);
  const platform = targets[0]?.platform;
  const table = record?.model.bestTimes.find((entry) => entry.platform === platform);
  if (!record || !platform || !table || table.samples.reduce((sum, count) => sum + count, 0) < MIN_MEASURED_POSTS) return [];
  return bestSlotsFor(record.model, platform).slice(0, LEARNED_SLOT_COUNT);
}

/** "Add to queue": schedules an approved post into its brand's next free posting slot. */
export async function queuePost(deps: { uow: UnitOfWork; clock: Clock }, actor: Actor, postId: string): Promise<PostWithTargets> {
  assertCan(actor.role, 'posts.schedule');
  const post = await deps.uow.posts.findById(actor.organizationId, postId);
  if (!post) throw AppError.notFound('Post');
  const brand = await deps.uow.brands.findById(actor.organizationId, post.brandId);
  if (!brand?.preferences) {
    throw new AppError('CONFLICT', {
      message: 'The brand has no posting preferences',
      userMessage: "Set the brand's posting days, hours and time zone first, or pick a time yourself.",
    });
  }
  const now = deps.clock.now();
  const scheduled = await deps.uow.posts.listScheduledBetween(actor.organizationId, now, new Date(now.getTime() + HORIZON_MS), brand.id);
  const taken = scheduled.filter((other) => other.id !== post.id && other.status !== 'cancelled').flatMap((other) => (other.scheduledAt ? [other.scheduledAt] : []));
  const slot = nextQueueSlot({ ...brand.preferences, learnedSlots: await learnedSlotsFor(deps.uow, post) }, taken, now);
  if (!slot) {
    throw new AppError('CONFLICT', { message: 'No free slot in the next 60 days', userMessage: "The brand's queue is full for the next two months; pick a time yourself." });
  }
  return schedulePost(deps, actor, post.id, slot);
}
