import { useMutation, useQueryClient } from '@tanstack/react-query';
import { schedulePost } from '../../api/posts.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { Post } from '../../api/schemas/post.ts';
import { toIsoWithOffset } from '../../components/local-time.ts';

/**
 * Reschedules a post from the calendar. The entry moves at once (every calendar window in the
 * cache is updated), and snaps back to where it was when the server refuses the new time.
 */
export function useMovePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ post, when }: { post: Post; when: Date }) => schedulePost(post.id, toIsoWithOffset(when)),
    onMutate: async ({ post, when }) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.calendarAll });
      const previous = queryClient.getQueriesData<Post[]>({ queryKey: queryKeys.calendarAll });
      queryClient.setQueriesData<Post[]>({ queryKey: queryKeys.calendarAll }, (posts) =>
        posts?.map((candidate) => (candidate.id === post.id ? { ...candidate, scheduledAt: when.toISOString() } : candidate)),
      );
      return { previous };
    },
    onError: (_error, _variables, context) => {
      for (const [queryKey, posts] of context?.previous ?? []) queryClient.setQueryData(queryKey, posts);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.posts }),
  });
}
