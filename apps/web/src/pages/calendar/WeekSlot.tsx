import type { Post } from '../../api/schemas/post.ts';
import { DayEntries, type MovePost } from './DayEntries.tsx';
import { usePostDropZone } from './post-drag.ts';

interface WeekSlotProps {
  day: Date;
  hour: number;
  posts: Post[];
  onMove?: MovePost | undefined;
}

/** One hour of one day in the week view (named by its row and column headers); dropping a post here moves it to this hour. */
export function WeekSlot({ day, hour, posts, onMove }: WeekSlotProps) {
  const { active, dropProps } = usePostDropZone((postId) => onMove?.(postId, { day, hour }));
  return (
    <td
      {...(onMove ? dropProps : {})}
      className={`h-9 border-l border-neutral-100 p-0.5 ${active ? 'bg-accent-50 ring-2 ring-inset ring-accent-600' : ''}`}
    >
      <DayEntries posts={posts} long onMove={onMove} />
    </td>
  );
}
