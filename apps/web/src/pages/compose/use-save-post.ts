import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createPost, submitPost, updatePost } from '../../api/posts.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { Post, PostContent } from '../../api/schemas/post.ts';

export type SaveIntent = 'save' | 'submit';

interface SaveVariables {
  intent: SaveIntent;
  brandId: string;
  content: PostContent;
}

interface SaveCallbacks {
  /** The post as the server now has it, after every step that succeeded. */
  onSaved: (post: Post) => void;
  onCreated: (post: Post) => void;
}

/**
 * Saves the post (creating it the first time) and, when asked, sends it for approval. The post
 * is remembered as soon as it exists, so a failed submit is retried without creating a copy.
 */
export function useSavePost(current: Post | undefined, { onSaved, onCreated }: SaveCallbacks) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ intent, brandId, content }: SaveVariables) => {
      let saved = current ? await updatePost(current.id, content) : await createPost({ brandId, ...content });
      onSaved(saved);
      try {
        if (intent === 'submit') {
          saved = await submitPost(saved.id);
          onSaved(saved);
        }
        return saved;
      } finally {
        if (!current) onCreated(saved);
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.posts }),
  });
}
