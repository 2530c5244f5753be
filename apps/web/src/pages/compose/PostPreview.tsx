import { useQuery } from '@tanstack/react-query';
import { getPostPreview } from '../../api/posts.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { Post } from '../../api/schemas/post.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { TargetPreviewCard } from './TargetPreviewCard.tsx';

/**
 * What each account of the saved post will be sent, as the server will send it: its own or the
 * main text, split into numbered thread parts where asked, its images, and every rule it breaks.
 * Saving refreshes it (the preview lives under the posts query key).
 */
export function PostPreview({ post }: { post: Post }) {
  const preview = useQuery({ queryKey: queryKeys.postPreview(post.id), queryFn: () => getPostPreview(post.id), enabled: post.targets.length > 0 });
  if (post.targets.length === 0) return <p className="text-sm text-neutral-600">Choose accounts and save to see what each will receive.</p>;
  return (
    <div className="space-y-3">
      <p className="text-xs text-neutral-500">Shows the last saved version: save your changes to update it.</p>
      {preview.isPending && <LoadingState label="Loading preview…" />}
      {preview.isError && <FormAlert error={preview.error} />}
      {preview.data && (
        <ul aria-label="Preview for each account" className="space-y-3">
          {preview.data.map((target) => (
            <TargetPreviewCard key={target.targetId} preview={target} />
          ))}
        </ul>
      )}
    </div>
  );
}
