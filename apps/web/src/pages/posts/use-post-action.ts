import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/query-keys.ts';
import type { Post } from '../../api/schemas/post.ts';

/** A workflow action on a post (approve, reject, cancel…); every post view refreshes after it. */
export function usePostAction<Variables = void>(action: (variables: Variables) => Promise<Post>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.posts }),
  });
}
