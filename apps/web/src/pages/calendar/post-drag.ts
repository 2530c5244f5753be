import { useState, type DragEvent } from 'react';
import type { Post, PostStatus } from '../../api/schemas/post.ts';

/** Our own type, so a dragged link or file from elsewhere is never taken for a post. */
const postDragType = 'application/x-socialseed-post';

/** Posts the server still lets someone reschedule; the rest stay where they are. */
export const movableStatuses: readonly PostStatus[] = ['scheduled', 'approved'];

export function isMovable(post: Post): boolean {
  return movableStatuses.includes(post.status) && post.scheduledAt !== null;
}

export function startPostDrag(event: DragEvent, postId: string): void {
  event.dataTransfer.setData(postDragType, postId);
  event.dataTransfer.effectAllowed = 'move';
}

/**
 * A day or time slot that accepts dropped posts. `active` is true while a post hovers over it,
 * for the highlight; dropping calls `onDropPost` with the post's id.
 */
export function usePostDropZone(onDropPost: (postId: string) => void) {
  const [active, setActive] = useState(false);
  const carriesPost = (event: DragEvent) => event.dataTransfer.types.includes(postDragType);
  return {
    active,
    dropProps: {
      onDragOver: (event: DragEvent) => {
        if (!carriesPost(event)) return;
        // Accepting the drop is done by cancelling dragover; without it the browser refuses it.
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setActive(true);
      },
      onDragLeave: (event: DragEvent) => {
        // Moving over a child (an entry in the day) is not leaving the day.
        if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
        setActive(false);
      },
      onDrop: (event: DragEvent) => {
        setActive(false);
        const postId = event.dataTransfer.getData(postDragType);
        if (!postId) return;
        event.preventDefault();
        onDropPost(postId);
      },
    },
  };
}
