import type { Post } from '../../api/schemas/post.ts';
import { postStatusLabels } from '../../components/post-status-labels.ts';

/** A post past the point of editing: its text, and why it cannot change now. */
export function LockedPost({ post }: { post: Post }) {
  const why =
    post.status === 'scheduled'
      ? 'It is scheduled: reschedule it below, or cancel it on the post’s page to change the text.'
      : `It is ${postStatusLabels[post.status].label.toLowerCase()}, so it can no longer be edited.`;
  return (
    <section aria-label="Post text" className="space-y-3 rounded-lg border border-neutral-200 bg-white p-5 shadow-sm">
      <p className="text-sm text-neutral-600">{why}</p>
      <p className="whitespace-pre-wrap rounded-md bg-neutral-50 p-3 text-sm text-neutral-900">{post.text}</p>
    </section>
  );
}
