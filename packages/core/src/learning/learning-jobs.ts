import { z } from 'zod';
import type { RetrainCandidate } from '../ports/learning-repositories';
import { localDateOf, zoneOffsetMinutes } from '../publishing/zoned-time';

export const LEARNING_RETRAIN_JOB = 'learning.retrain';
export const learningRetrainPayloadSchema = z.object({ organizationId: z.uuid(), brandId: z.uuid() });

/** A brand retrained less than this long ago is not due again (the check runs hourly). */
const MIN_RETRAIN_GAP_MS = 6 * 86_400_000;

/**
 * Brands whose weekly retrain is due: it is Sunday, midnight hour, in the brand's time zone and
 * the last model is older than six days — or the brand has rewards but no model yet (a new
 * brand should not wait until Sunday to get its first one).
 */
export function brandsDueForRetrain(candidates: RetrainCandidate[], now: Date): RetrainCandidate[] {
  return candidates.filter((candidate) => {
    if (candidate.lastTrainedAt === null) return true;
    if (now.getTime() - candidate.lastTrainedAt.getTime() < MIN_RETRAIN_GAP_MS) return false;
    const localHour = new Date(now.getTime() + zoneOffsetMinutes(now, candidate.timeZone) * 60_000).getUTCHours();
    return localDateOf(now, candidate.timeZone).weekday === 0 && localHour === 0;
  });
}
