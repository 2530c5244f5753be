import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postEngagement } from '@socialseed/db/schema/index';
import { authHeaders, registerUser, type RegisteredUser } from '../testing/api-helpers';
import { createDeliveryHarness, waitUntil, type DeliveryHarness } from '../testing/delivery-harness';
import { createApprovedPost } from '../testing/fixtures';

let h: DeliveryHarness;
let owner: RegisteredUser;
beforeAll(async () => {
  h = await createDeliveryHarness();
  owner = await registerUser(h.app, { organizationName: 'Sync Job Org' });
}, 60_000);
afterAll(async () => h.close());

const jobState = async (id: string) => {
  const result = await h.connection.db.execute<{ state: string }>(sql`SELECT state FROM pgboss.job WHERE id = ${id}::uuid`);
  return result.rows[0]?.state ?? null;
};

describe('the engagement.sync job on the real queue', () => {
  it('"Sync now" queues a job that measures the organization\'s published posts', async () => {
    const headers = authHeaders(owner.accessToken, owner.organizationId);
    const { postId } = await createApprovedPost(h.app, owner, 'Measure me, worker');
    const published = await h.app.inject({ method: 'POST', url: `/api/v1/posts/${postId}/publish`, headers });
    expect(published.statusCode, published.body).toBe(200);
    const targetId = published.json().post.targets[0].id as string;
    await waitUntil(() => h.context.core.uow.targets.findById(targetId), (target) => target?.status === 'published');

    const response = await h.app.inject({ method: 'POST', url: '/api/v1/analytics/sync', headers });
    expect(response.statusCode, response.body).toBe(202);
    const { jobId } = response.json() as { jobId: string };
    expect(await waitUntil(() => jobState(jobId), (state) => state === 'completed' || state === 'failed')).toBe('completed');
    const [row] = await h.connection.db.select().from(postEngagement).where(eq(postEngagement.targetId, targetId));
    expect(row).toMatchObject({ fetchCount: 1, organizationId: owner.organizationId });
  }, 60_000);

  it('a scheduled run (the cron sends no data) completes too', async () => {
    const jobId = await h.queue.enqueue('engagement.sync', {});
    if (!jobId) throw new Error('no job id');
    expect(await waitUntil(() => jobState(jobId), (state) => state === 'completed' || state === 'failed')).toBe('completed');
  }, 60_000);
});
