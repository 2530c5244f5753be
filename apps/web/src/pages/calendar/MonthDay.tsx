import type { Post } from '../../api/schemas/post.ts';
import { sameDay } from './calendar-dates.ts';
import { DayEntries, type MovePost } from './DayEntries.tsx';
import { usePostDropZone } from './post-drag.ts';

const dayLabelFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

interface MonthDayProps {
  day: Date;
  today: Date;
  inMonth: boolean;
  posts: Post[];
  onMove?: MovePost | undefined;
}

/** One day of the month grid; dropping a post here moves it to this day at the same time. */
export function MonthDay({ day, today, inMonth, posts, onMove }: MonthDayProps) {
  const { active, dropProps } = usePostDropZone((postId) => onMove?.(postId, { day }));
  const isToday = sameDay(day, today);
  return (
    <li
      aria-label={`${dayLabelFormat.format(day)}: ${posts.length} ${posts.length === 1 ? 'post' : 'posts'}`}
      {...(onMove ? dropProps : {})}
      className={`min-h-24 border-b border-r border-neutral-100 p-1.5 ${inMonth ? '' : 'bg-neutral-50 text-neutral-400'} ${active ? 'bg-accent-50 ring-2 ring-inset ring-accent-600' : ''}`}
    >
      <span
        aria-current={isToday ? 'date' : undefined}
        className={`mb-1 inline-grid size-6 place-items-center rounded-full text-xs ${isToday ? 'bg-accent-700 font-semibold text-white' : ''}`}
      >
        {day.getDate()}
      </span>
      <DayEntries posts={posts} onMove={onMove} />
    </li>
  );
}
