import type { Post } from '../../api/schemas/post.ts';
import type { MoveTarget } from './calendar-dates.ts';
import { CalendarEntry } from './CalendarEntry.tsx';

/** Moves a post somewhere else on the calendar; absent when the person may not reschedule. */
export type MovePost = (postId: string, target: MoveTarget) => void;

/** A day's (or an hour's) posts in time order; an empty list renders nothing. */
export function DayEntries({ posts, long = false, onMove }: { posts: Post[]; long?: boolean; onMove?: MovePost | undefined }) {
  if (posts.length === 0) return null;
  return (
    <ul className="space-y-1">
      {posts.map((post) => (
        <li key={post.id}>
          <CalendarEntry post={post} long={long} onMoveTo={onMove && ((at) => onMove(post.id, { at }))} />
        </li>
      ))}
    </ul>
  );
}
