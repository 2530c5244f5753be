import { apiRequest } from './http-client.ts';
import { abTestDetailSchema, abTestListSchema, type AbDecision } from './schemas/ab-test.ts';
import { maxPageSize } from './schemas/common.ts';

/** The brand's A/B tests with their variants' figures and verdicts (a brand runs only a few). */
export async function listAbTests(brandId: string) {
  const result = await apiRequest('/ab-tests', abTestListSchema, { query: { brandId, page: 1, limit: maxPageSize } });
  return result.items;
}

/** Keep the winner (only once it is significant) or revert to the control, variant A; answers the decided test. */
export function decideAbTest(testId: string, action: AbDecision) {
  return apiRequest(`/ab-tests/${encodeURIComponent(testId)}/decide`, abTestDetailSchema, { method: 'POST', body: { action } });
}
