import type { Post } from '../../api/schemas/post.ts';
import { CalendarEntry } from './CalendarEntry.tsx';

/** A day's posts in time order; an empty list renders nothing. */
export function DayEntries({ posts, long = false }: { posts: Post[]; long?: boolean }) {
  if (posts.length === 0) return null;
  return (
    <ul className="space-y-1">
      {posts.map((post) => (
        <li key={post.id}>
          <CalendarEntry post={post} long={long} />
        </li>
      ))}
    </ul>
  );
}
