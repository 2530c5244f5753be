import { contentFormats } from '../ai/content-types';
import { tones } from '../brands/brand';
import { thompsonDraw } from './bandit';
import { armValues, bestArm } from './bandit-arms';
import { sampleSlot } from './best-time-thompson';
import { HOURS_PER_WEEK, type LearnerAction, type LearnerContext, type LearnerModel } from './learner-model';

/** The three parts of an action; an exploring post changes one of them. */
const parts = ['tone', 'format', 'slot'] as const;

const everyHour = Array.from({ length: HOURS_PER_WEEK }, (_, slot) => slot);

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.min(items.length - 1, Math.floor(random() * items.length))] as T;
}

/**
 * What the brand's next post should be: tone, format and hour of week (brand's time zone).
 *
 * ε-greedy over Thompson samples: usually the action that wins one Thompson draw from the model
 * (tone × format from the arm hierarchy in bandit-arms.ts; the hour from a draw of the
 * best-time curve, best-time-thompson.ts), which already explores where the model is unsure.
 * With probability `model.epsilon` (the seed's 0.15) the post explores on purpose: one of the
 * three parts, picked at random, is replaced by a uniformly random choice while the other two
 * stay the learner's pick. Changing one part at a time keeps the seed's exploration rate, but a
 * post that tries a new hour still carries the best-known content (and vice versa), so
 * exploring costs far less than trying a random tone, format and hour all at once.
 *
 * Deterministic given `random`. `allowedSlots` limits the hours (e.g. to a queue's free slots).
 */
export function chooseAction(model: LearnerModel, context: LearnerContext, random: () => number, options: { allowedSlots?: number[] } = {}): LearnerAction {
  const allowed = (options.allowedSlots ?? []).filter((slot) => Number.isInteger(slot) && slot >= 0 && slot < HOURS_PER_WEEK);
  const exploring = random() < model.epsilon ? pick(parts, random) : null;
  const content = bestArm(armValues(model, context, (posterior) => thompsonDraw(posterior, random)));
  const action: LearnerAction = {
    tone: content?.tone ?? tones[0],
    format: content?.format ?? contentFormats[0],
    slot: sampleSlot(model, context.platform, random, allowed),
  };
  if (exploring === 'tone') action.tone = pick(tones, random);
  if (exploring === 'format') action.format = pick(contentFormats, random);
  if (exploring === 'slot') action.slot = pick(allowed.length > 0 ? allowed : everyHour, random);
  return action;
}
