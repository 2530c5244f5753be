import { apiRequest } from './http-client.ts';
import { learningEnvelopeSchema } from './schemas/learning.ts';

const learningPath = (brandId: string) => `/brands/${encodeURIComponent(brandId)}/learning`;

/** The brand's newest trained model, or null before the first training. */
export async function getLearnedModel(brandId: string) {
  const result = await apiRequest(learningPath(brandId), learningEnvelopeSchema);
  return result.model;
}

/** Trains the brand's model again from the last 30 days, now, and answers the new model. */
export async function retrainLearnedModel(brandId: string) {
  const result = await apiRequest(`${learningPath(brandId)}/retrain`, learningEnvelopeSchema, { method: 'POST' });
  return result.model;
}
