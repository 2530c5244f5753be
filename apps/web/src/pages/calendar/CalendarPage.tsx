import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Post } from '../../api/schemas/post.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { browserTimeZone } from '../../components/local-time.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useBrands } from '../../hooks/use-brands.ts';
import { addDays, dayKey, parseDayKey, startOfDay, step, viewTitle, visibleDays, type CalendarView } from './calendar-dates.ts';
import { CalendarToolbar } from './CalendarToolbar.tsx';
import { MonthGrid } from './MonthGrid.tsx';
import { useCalendarPosts } from './use-calendar-posts.ts';
import { WeekView } from './WeekView.tsx';

function groupByDay(posts: Post[]): Map<string, Post[]> {
  const groups = new Map<string, Post[]>();
  for (const post of posts) {
    if (!post.scheduledAt) continue;
    const key = dayKey(new Date(post.scheduledAt));
    groups.set(key, [...(groups.get(key) ?? []), post]);
  }
  return groups;
}

/**
 * Scheduled and published posts by day, in the browser's time zone. The view, the date shown
 * and the brand live in the address (`?view=week&date=2025-03-03&brand=…`), so reloads keep them.
 */
export function CalendarPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view: CalendarView = searchParams.get('view') === 'week' ? 'week' : 'month';
  const anchor = parseDayKey(searchParams.get('date')) ?? startOfDay(new Date());
  const brandId = searchParams.get('brand') ?? '';
  const days = visibleDays(view, anchor);
  const first = days[0] ?? anchor;
  const posts = useCalendarPosts(first, addDays(days[days.length - 1] ?? anchor, 1), brandId);
  const postsByDay = useMemo(() => groupByDay(posts.data ?? []), [posts.data]);
  const brands = useBrands();

  function update(changes: { view?: CalendarView; date?: Date; brand?: string }) {
    const next = new URLSearchParams(searchParams);
    if (changes.view) next.set('view', changes.view);
    if (changes.date) next.set('date', dayKey(changes.date));
    if (changes.brand !== undefined) {
      if (changes.brand) next.set('brand', changes.brand);
      else next.delete('brand');
    }
    setSearchParams(next, { replace: true });
  }

  return (
    <>
      <PageHeader title="Calendar" description={`Times in ${browserTimeZone().replaceAll('_', ' ')} (your browser’s time zone).`} />
      <CalendarToolbar
        view={view}
        title={viewTitle(view, anchor)}
        onViewChange={(nextView) => update({ view: nextView })}
        onStep={(direction) => update({ date: step(view, anchor, direction) })}
        onToday={() => update({ date: new Date() })}
      />
      {brands.data && brands.data.length > 1 && (
        <SelectField
          label="Brand"
          value={brandId}
          onChange={(brand) => update({ brand })}
          options={brands.data.map((brand) => ({ value: brand.id, label: brand.name }))}
          placeholder="All brands"
          className="mb-4 max-w-xs"
        />
      )}
      {posts.isError && <FormAlert error={posts.error} />}
      {posts.isPending && <LoadingState label="Loading calendar…" />}
      <section aria-label="Calendar">
        {view === 'month' ? <MonthGrid days={days} month={anchor.getMonth()} postsByDay={postsByDay} /> : <WeekView days={days} postsByDay={postsByDay} />}
      </section>
    </>
  );
}
