import type { Post } from '../../api/schemas/post.ts';
import { dayKey, sameDay } from './calendar-dates.ts';
import { DayEntries } from './DayEntries.tsx';

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });

/** Seven columns, one per day, each post with its time and more of its text. */
export function WeekView({ days, postsByDay }: { days: Date[]; postsByDay: Map<string, Post[]> }) {
  const today = new Date();
  return (
    <ol className="grid gap-2 sm:grid-cols-7">
      {days.map((day) => {
        const posts = postsByDay.get(dayKey(day)) ?? [];
        const isToday = sameDay(day, today);
        return (
          <li key={dayKey(day)} className="min-h-40 rounded-lg border border-neutral-200 bg-white p-2 shadow-sm">
            <h3 aria-current={isToday ? 'date' : undefined} className={`mb-2 text-xs font-semibold uppercase ${isToday ? 'text-accent-800' : 'text-neutral-500'}`}>
              {dayFormat.format(day)}
            </h3>
            {posts.length === 0 ? <p className="text-xs text-neutral-400">No posts</p> : <DayEntries posts={posts} long />}
          </li>
        );
      })}
    </ol>
  );
}
