import type { Repositories } from '../ports/repositories';
import type { PostRecord, TargetRecord } from './post';
import { platformLabels } from './platforms';

/** The in-app notification's kind; the web app shows it as "Not published". */
export const POST_FAILED_NOTIFICATION = 'post.failed';

const excerptOf = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
};

/** The post's author while still a member; otherwise (or for an imported post) the owners and admins. */
async function recipientsOf(repos: Pick<Repositories, 'memberships' | 'users'>, post: PostRecord): Promise<Array<{ userId: string; email: string }>> {
  if (post.createdByUserId && (await repos.memberships.find(post.organizationId, post.createdByUserId))) {
    const author = await repos.users.findById(post.createdByUserId);
    if (author) return [{ userId: author.id, email: author.email }];
  }
  const members = await repos.memberships.listMembers(post.organizationId, { page: 1, limit: 100 });
  return members.items.filter((member) => member.role === 'owner' || member.role === 'admin').map((member) => ({ userId: member.userId, email: member.email }));
}

/**
 * A target that will not be published without someone acting (the platform refused it, or the
 * retries ran out) must never fail silently. Written in the same transaction that records the
 * failure, so the failure and its notice land together: an in-app notification and an email to
 * the post's author. Answers the outbox ids to dispatch once the transaction has committed.
 */
export async function writePostFailureNotice(
  repos: Pick<Repositories, 'notifications' | 'emailOutbox' | 'memberships' | 'users' | 'socialAccounts'>,
  input: { post: PostRecord; target: TargetRecord; reason: string; publicUrl: string; now: Date },
): Promise<string[]> {
  const { post, target, reason, now } = input;
  const account = await repos.socialAccounts.findByIdAnyOrganization(target.socialAccountId);
  const where = `${account?.handle ?? 'a removed account'} on ${platformLabels[target.platform]}`;
  const excerpt = excerptOf(target.text ?? post.text);
  await repos.notifications.insert(
    {
      organizationId: post.organizationId,
      brandId: post.brandId,
      kind: POST_FAILED_NOTIFICATION,
      title: `Not published to ${where}`,
      body: `"${excerpt}" could not be published: ${reason.slice(0, 300)}. Nothing was sent twice; edit the post or try again.`,
      link: `/posts/${post.id}`,
      data: { postId: post.id, targetId: target.id, platform: target.platform },
      dedupeKey: `post-failed:${target.id}:${now.toISOString()}`,
    },
    now,
  );
  const link = `${input.publicUrl}/posts/${post.id}`;
  const ids: string[] = [];
  for (const recipient of await recipientsOf(repos, post)) {
    const email = await repos.emailOutbox.enqueue({
      toAddress: recipient.email,
      subject: `Not published: your post to ${where}`,
      text: `Socialseed could not publish this post to ${where}:\n\n"${excerpt}"\n\nReason: ${reason}\n\nNothing was sent twice. Edit the post or try again:\n${link}`,
      actionUrl: link,
      kind: 'post_failed',
      organizationId: post.organizationId,
      recipientUserId: recipient.userId,
    });
    ids.push(email.id);
  }
  return ids;
}
