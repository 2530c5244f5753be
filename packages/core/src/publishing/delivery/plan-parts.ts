import type { PlatformLimits } from '../rules/platform-limits';
import { textsToDeliver } from '../rules/thread-for-platform';

/** One post of what a target sends; a target that is not a thread has exactly one. */
export interface PartPlan {
  text: string;
  /**
   * Stable across attempts and unique per part: the target id for the first part (so single
   * posts keep the key they always had), `<target id>:<n>` for part n ≥ 2.
   */
  idempotencyKey: string;
}

/** The parts a target is delivered as (see textsToDeliver), each with its idempotency key. */
export function planParts(target: { id: string; asThread: boolean }, text: string, limits: PlatformLimits): PartPlan[] {
  return textsToDeliver({ text, asThread: target.asThread }, limits).map((part, index) => ({ text: part, idempotencyKey: index === 0 ? target.id : `${target.id}:${index + 1}` }));
}
