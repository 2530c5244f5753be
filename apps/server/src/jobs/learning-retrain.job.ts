import { LEARNING_RETRAIN_JOB, learningRetrainPayloadSchema } from '@socialseed/core/learning/learning-jobs';
import { INSUFFICIENT_DATA, retrainBrandLearner } from '@socialseed/core/learning/retrain-brand-learner';
import { defineJob } from './job-definition';

/** Retrains one brand's learner and stores the next model version. */
export const learningRetrainJob = defineJob({
  name: LEARNING_RETRAIN_JOB,
  payload: learningRetrainPayloadSchema,
  retry: { limit: 2, delaySeconds: 60, backoff: true },
  concurrency: 1,
  async handler(payload, run) {
    const record = await retrainBrandLearner(run.server.core, payload.organizationId, payload.brandId);
    const fields = { brandId: payload.brandId, version: record.version, kind: record.kind, samples: record.sampleSize };
    // Operators see which brands are still learning from too little.
    if (record.note === INSUFFICIENT_DATA) run.log.info(fields, 'learner retrained: insufficient data, keeping the bandit');
    else run.log.info(fields, 'learner retrained');
  },
});
