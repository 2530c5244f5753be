import { Link } from 'react-router';
import type { Post } from '../../api/schemas/post.ts';
import { excerpt } from '../../components/excerpt.ts';
import { postStatusLabels } from '../../components/post-status-labels.ts';
import { statusTones } from '../../components/status-tones.ts';
import { postPath } from '../posts/post-links.ts';

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** One post on the calendar, coloured by status; opens the post. */
export function CalendarEntry({ post, long = false }: { post: Post; long?: boolean }) {
  const status = postStatusLabels[post.status];
  const time = post.scheduledAt ? timeFormat.format(new Date(post.scheduledAt)) : '';
  return (
    <Link
      to={postPath(post.id)}
      className={`block rounded px-1.5 py-1 text-xs ring-1 ring-inset hover:brightness-95 ${statusTones[status.tone]}`}
    >
      <span className="font-semibold tabular-nums">{time}</span> <span className="font-medium">{status.label}</span>
      <span className={`block text-neutral-800 ${long ? '' : 'truncate'}`}>{excerpt(post.text, long ? 120 : 60) || 'No text'}</span>
    </Link>
  );
}
