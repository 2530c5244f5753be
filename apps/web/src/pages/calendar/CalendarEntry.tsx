import { useState } from 'react';
import { Link } from 'react-router';
import type { Post } from '../../api/schemas/post.ts';
import { excerpt } from '../../components/excerpt.ts';
import { postStatusLabels } from '../../components/post-status-labels.ts';
import { statusTones } from '../../components/status-tones.ts';
import { postPath } from '../posts/post-links.ts';
import { MoveEntryDialog } from './MoveEntryDialog.tsx';
import { isMovable, startPostDrag } from './post-drag.ts';

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

interface CalendarEntryProps {
  post: Post;
  long?: boolean;
  /** Present when the person may reschedule posts; only scheduled or approved ones can move. */
  onMoveTo?: ((when: Date) => void) | undefined;
}

/**
 * One post on the calendar, coloured by status; opens the post. A post that can still be
 * rescheduled can be dragged to another day or hour, or moved with its "Move" button.
 */
export function CalendarEntry({ post, long = false, onMoveTo }: CalendarEntryProps) {
  const [moving, setMoving] = useState(false);
  const status = postStatusLabels[post.status];
  const time = post.scheduledAt ? timeFormat.format(new Date(post.scheduledAt)) : '';
  const text = excerpt(post.text, long ? 120 : 60);
  const movable = onMoveTo !== undefined && isMovable(post);
  return (
    <div className={`relative rounded text-xs ring-1 ring-inset ${statusTones[status.tone]}`}>
      <Link
        to={postPath(post.id)}
        draggable={movable}
        onDragStart={movable ? (event) => startPostDrag(event, post.id) : undefined}
        className={`block rounded px-1.5 py-1 hover:brightness-95 ${movable ? 'cursor-grab pr-6' : ''}`}
      >
        <span className="font-semibold tabular-nums">{time}</span> <span className="font-medium">{status.label}</span>
        <span className={`block text-neutral-800 ${long ? '' : 'truncate'}`}>{text || 'No text'}</span>
      </Link>
      {movable && (
        <button
          type="button"
          aria-haspopup="dialog"
          onClick={() => setMoving(true)}
          className="absolute right-0.5 top-0.5 grid size-5 place-items-center rounded text-neutral-600 hover:bg-white/70"
        >
          <span aria-hidden="true">⋯</span>
          <span className="sr-only">Move “{excerpt(post.text, 40) || 'post'}” to another time</span>
        </button>
      )}
      {moving && onMoveTo && (
        <MoveEntryDialog
          post={post}
          onClose={() => setMoving(false)}
          onMove={(when) => {
            setMoving(false);
            onMoveTo(when);
          }}
        />
      )}
    </div>
  );
}
