import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Post } from '../../api/schemas/post.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { browserTimeZone } from '../../components/local-time.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useBrands } from '../../hooks/use-brands.ts';
import { useCurrentOrganization } from '../../hooks/use-current-organization.ts';
import { addDays, dayKey, movedInstant, parseDayKey, startOfDay, step, viewTitle, visibleDays, type CalendarView, type MoveTarget } from './calendar-dates.ts';
import { CalendarToolbar } from './CalendarToolbar.tsx';
import { MonthGrid } from './MonthGrid.tsx';
import { MoveFeedback } from './MoveFeedback.tsx';
import { isMovable } from './post-drag.ts';
import { useCalendarPosts } from './use-calendar-posts.ts';
import { useMovePost } from './use-move-post.ts';
import { WeekView } from './WeekView.tsx';

/** Posts by local day, each day in time order (a post just moved may have arrived out of order). */
function groupByDay(posts: Post[]): Map<string, Post[]> {
  const groups = new Map<string, Post[]>();
  for (const post of posts) {
    if (!post.scheduledAt) continue;
    const key = dayKey(new Date(post.scheduledAt));
    groups.set(key, [...(groups.get(key) ?? []), post]);
  }
  for (const day of groups.values()) day.sort((a, b) => Date.parse(a.scheduledAt ?? '') - Date.parse(b.scheduledAt ?? ''));
  return groups;
}

/**
 * Scheduled and published posts by day, in the browser's time zone. The view, the date shown
 * and the brand live in the address (`?view=week&date=2025-03-03&brand=…`), so reloads keep them.
 * Editors and above reschedule by dragging a post (or with its "Move" dialog); times are
 * computed in the browser's zone, the same one the grid is drawn in.
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
  const { can } = useCurrentOrganization();
  const move = useMovePost();
  const [moveProblem, setMoveProblem] = useState<string>();

  function movePost(postId: string, target: MoveTarget) {
    const post = posts.data?.find((candidate) => candidate.id === postId);
    if (!post?.scheduledAt || !isMovable(post)) return;
    const when = movedInstant(new Date(post.scheduledAt), target);
    if (when.getTime() === Date.parse(post.scheduledAt)) return;
    if (when.getTime() < Date.now()) {
      move.reset();
      return setMoveProblem('The post was not moved: that time has already passed. Choose a time in the future.');
    }
    setMoveProblem(undefined);
    move.mutate({ post, when });
  }
  const onMove = can('editor') ? movePost : undefined;

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
      {onMove && <p className="mb-3 text-xs text-neutral-500">Drag a scheduled post to another day or hour to reschedule it, or use its ⋯ button.</p>}
      <MoveFeedback problem={moveProblem} error={move.error} moved={move.isSuccess ? move.data : undefined} />
      {posts.isError && <FormAlert error={posts.error} />}
      {posts.isPending && <LoadingState label="Loading calendar…" />}
      <section aria-label="Calendar">
        {view === 'month' ? (
          <MonthGrid days={days} month={anchor.getMonth()} postsByDay={postsByDay} onMove={onMove} />
        ) : (
          <WeekView days={days} postsByDay={postsByDay} onMove={onMove} />
        )}
      </section>
    </>
  );
}
