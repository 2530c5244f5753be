import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { browserTimeZone, parseDateTimeLocal, toDateTimeLocalValue } from '../../components/local-time.ts';
import { TextField } from '../../components/TextField.tsx';

interface BulkScheduleBarProps {
  count: number;
  busy: boolean;
  onQueue: () => void;
  onScheduleAt: (when: Date) => void;
  onClear: () => void;
}

/** The next full hour, a sensible first suggestion. */
function nextFullHour(): Date {
  const date = new Date(Date.now() + 60 * 60_000);
  date.setMinutes(0, 0, 0);
  return date;
}

/** What to do with the selected posts: each into its brand's queue, or all at one time. */
export function BulkScheduleBar({ count, busy, onQueue, onScheduleAt, onClear }: BulkScheduleBarProps) {
  const [publishAt, setPublishAt] = useState(() => toDateTimeLocalValue(nextFullHour()));
  const [error, setError] = useState<string>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const when = parseDateTimeLocal(publishAt);
    const problem = !when ? 'Enter a date and time.' : when.getTime() < Date.now() ? 'Choose a time in the future.' : undefined;
    setError(problem);
    if (when && !problem) onScheduleAt(when);
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Selected posts" className="mb-4 flex flex-wrap items-start gap-3 rounded-lg border border-accent-100 bg-accent-50 p-3">
      <p aria-live="polite" className="text-sm font-medium text-accent-800 sm:mt-8">
        {count} selected
      </p>
      <Button variant="secondary" className="sm:mt-6" busy={busy} busyLabel="Working…" onClick={onQueue}>
        Add to queue
      </Button>
      <TextField
        label="Schedule at"
        type="datetime-local"
        value={publishAt}
        onChange={setPublishAt}
        hint={`In your time zone, ${browserTimeZone().replaceAll('_', ' ')}.`}
        error={error}
        className="w-64"
      />
      <Button type="submit" className="sm:mt-6" disabled={busy}>
        Schedule selected
      </Button>
      <Button variant="ghost" className="sm:mt-6" disabled={busy} onClick={onClear}>
        Clear selection
      </Button>
    </form>
  );
}
