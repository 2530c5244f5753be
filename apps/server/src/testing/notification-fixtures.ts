import crypto from 'node:crypto';
import type { TestApp } from './test-app';

/** An unread notification of the organization, written as the alert rules would (no API creates them). */
export async function insertNotification(t: TestApp, organizationId: string, overrides: { brandId?: string | null; title?: string } = {}): Promise<string> {
  const notification = await t.context.core.uow.notifications.insert(
    {
      organizationId,
      brandId: overrides.brandId ?? null,
      kind: 'post.viral',
      title: overrides.title ?? 'A post is taking off',
      body: 'Fixture notification',
      link: null,
      data: {},
      dedupeKey: `fixture:${crypto.randomUUID()}`,
    },
    t.context.core.clock.now(),
  );
  if (!notification) throw new Error('fixture notification was deduplicated');
  return notification.id;
}
