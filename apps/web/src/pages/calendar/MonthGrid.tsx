import type { Post } from '../../api/schemas/post.ts';
import { dayKey, sameDay } from './calendar-dates.ts';
import { DayEntries } from './DayEntries.tsx';

const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const dayLabelFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

interface MonthGridProps {
  days: Date[];
  month: number;
  postsByDay: Map<string, Post[]>;
}

/** Six weeks, Monday first; days of the neighbouring months are dimmed. */
export function MonthGrid({ days, month, postsByDay }: MonthGridProps) {
  const today = new Date();
  return (
    <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-sm">
      <div className="grid min-w-[42rem] grid-cols-7 border-b border-neutral-200 bg-neutral-50 text-xs uppercase text-neutral-500" aria-hidden="true">
        {days.slice(0, 7).map((day) => (
          <div key={day.getDay()} className="px-2 py-2">
            {weekdayFormat.format(day)}
          </div>
        ))}
      </div>
      <ol className="grid min-w-[42rem] grid-cols-7">
        {days.map((day) => {
          const posts = postsByDay.get(dayKey(day)) ?? [];
          const isToday = sameDay(day, today);
          return (
            <li
              key={dayKey(day)}
              aria-label={`${dayLabelFormat.format(day)}: ${posts.length} ${posts.length === 1 ? 'post' : 'posts'}`}
              className={`min-h-24 border-b border-r border-neutral-100 p-1.5 ${day.getMonth() === month ? '' : 'bg-neutral-50 text-neutral-400'}`}
            >
              <span
                aria-current={isToday ? 'date' : undefined}
                className={`mb-1 inline-grid size-6 place-items-center rounded-full text-xs ${isToday ? 'bg-accent-700 font-semibold text-white' : ''}`}
              >
                {day.getDate()}
              </span>
              <DayEntries posts={posts} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
