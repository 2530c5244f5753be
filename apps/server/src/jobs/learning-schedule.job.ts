import { z } from 'zod';
import { brandsDueForRetrain, LEARNING_RETRAIN_JOB } from '@socialseed/core/learning/learning-jobs';
import { defineJob } from './job-definition';

/**
 * Hourly: enqueues the weekly retrain of every brand whose Sunday midnight it is (in the brand's
 * time zone), and the first training of brands with rewards but no model. One job per brand,
 * singleton-keyed, so overlapping ticks or many workers enqueue it once.
 */
export function learningScheduleJob(cron: string) {
  return defineJob({
    name: 'learning.schedule',
    payload: z.object({}).passthrough(),
    retry: { limit: 0, delaySeconds: 0, backoff: false },
    cron,
    async handler(_payload, run) {
      const { core } = run.server;
      const due = brandsDueForRetrain(await core.uow.learningModels.retrainCandidates(), core.clock.now());
      await core.uow.jobs.enqueue(due.map((brand) => ({ name: LEARNING_RETRAIN_JOB, data: { organizationId: brand.organizationId, brandId: brand.brandId }, singletonKey: `learning:${brand.brandId}` })));
    },
  });
}
