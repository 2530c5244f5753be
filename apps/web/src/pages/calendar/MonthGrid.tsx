import type { Post } from '../../api/schemas/post.ts';
import { dayKey } from './calendar-dates.ts';
import type { MovePost } from './DayEntries.tsx';
import { MonthDay } from './MonthDay.tsx';

const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short' });

interface MonthGridProps {
  days: Date[];
  month: number;
  postsByDay: Map<string, Post[]>;
  onMove?: MovePost | undefined;
}

/** Six weeks, Monday first; days of the neighbouring months are dimmed. A post dropped on a day keeps its time. */
export function MonthGrid({ days, month, postsByDay, onMove }: MonthGridProps) {
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
        {days.map((day) => (
          <MonthDay key={dayKey(day)} day={day} today={today} inMonth={day.getMonth() === month} posts={postsByDay.get(dayKey(day)) ?? []} onMove={onMove} />
        ))}
      </ol>
    </div>
  );
}
