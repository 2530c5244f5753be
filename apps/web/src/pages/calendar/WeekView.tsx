import type { Post } from '../../api/schemas/post.ts';
import { dayKey, sameDay } from './calendar-dates.ts';
import type { MovePost } from './DayEntries.tsx';
import { WeekSlot } from './WeekSlot.tsx';

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
const hourFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric' });
const hours = Array.from({ length: 24 }, (_, hour) => hour);

interface WeekViewProps {
  days: Date[];
  postsByDay: Map<string, Post[]>;
  onMove?: MovePost | undefined;
}

/**
 * Seven days by 24 hours, each post in the hour it goes out with more of its text. A post
 * dropped on another hour moves there and keeps its minutes.
 */
export function WeekView({ days, postsByDay, onMove }: WeekViewProps) {
  const today = new Date();
  return (
    <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-sm">
      <table className="w-full min-w-[48rem] table-fixed border-collapse text-left">
        <caption className="sr-only">The week by hour</caption>
        <thead className="border-b border-neutral-200 bg-neutral-50">
          <tr>
            <th scope="col" className="w-16 px-2 py-2">
              <span className="sr-only">Hour</span>
            </th>
            {days.map((day) => {
              const isToday = sameDay(day, today);
              return (
                <th key={dayKey(day)} scope="col" aria-current={isToday ? 'date' : undefined} className={`px-2 py-2 text-xs font-semibold uppercase ${isToday ? 'text-accent-800' : 'text-neutral-500'}`}>
                  {dayFormat.format(day)}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {hours.map((hour) => (
            <tr key={hour} className="border-b border-neutral-100 align-top">
              <th scope="row" className="px-2 py-1 text-xs font-normal text-neutral-500 tabular-nums">
                {hourFormat.format(new Date(2000, 0, 1, hour))}
              </th>
              {days.map((day) => (
                <WeekSlot
                  key={dayKey(day)}
                  day={day}
                  hour={hour}
                  posts={(postsByDay.get(dayKey(day)) ?? []).filter((post) => post.scheduledAt !== null && new Date(post.scheduledAt).getHours() === hour)}
                  onMove={onMove}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
