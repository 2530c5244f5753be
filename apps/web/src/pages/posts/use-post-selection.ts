import { useState } from 'react';
import type { Post } from '../../api/schemas/post.ts';
import { excerpt } from '../../components/excerpt.ts';
import { schedulableStatuses } from '../compose/compose-rules.ts';
import type { PostSelection } from './PostsTable.tsx';

/**
 * Posts ticked for a bulk action, kept across pages and filters. Every post ever ticked is
 * remembered with its words, so results can name posts that are no longer on screen or selected.
 */
export function usePostSelection() {
  const [selectedIds, setSelectedIds] = useState<readonly string[]>([]);
  const [labels, setLabels] = useState<ReadonlyMap<string, string>>(new Map());

  const selection: PostSelection = {
    isSelected: (postId) => selectedIds.includes(postId),
    canSelect: (post) => schedulableStatuses.includes(post.status),
    onToggle: (post, isSelected) => {
      setLabels((current) => new Map(current).set(post.id, excerpt(post.text, 60) || 'Untitled post'));
      setSelectedIds((current) => (isSelected ? [...current.filter((id) => id !== post.id), post.id] : current.filter((id) => id !== post.id)));
    },
  };

  return {
    selectedIds,
    selection,
    labelOf: (postId: string) => labels.get(postId) ?? 'A post',
    /** Keeps only `postIds` selected (the ones that failed, to try again); none clears the selection. */
    keepOnly: (postIds: readonly string[]) => setSelectedIds((current) => current.filter((postId) => postIds.includes(postId))),
  };
}
