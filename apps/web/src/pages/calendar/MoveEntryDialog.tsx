import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Post } from '../../api/schemas/post.ts';
import { Button } from '../../components/Button.tsx';
import { excerpt } from '../../components/excerpt.ts';
import { browserTimeZone, parseDateTimeLocal, toDateTimeLocalValue } from '../../components/local-time.ts';
import { TextField } from '../../components/TextField.tsx';

interface MoveEntryDialogProps {
  post: Post;
  onMove: (when: Date) => void;
  onClose: () => void;
}

/**
 * The keyboard way to do what dragging does: a modal dialog (focus moves in, Escape closes it)
 * asking for the new date and time in the browser's zone.
 */
export function MoveEntryDialog({ post, onMove, onClose }: MoveEntryDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [value, setValue] = useState(() => toDateTimeLocalValue(post.scheduledAt ? new Date(post.scheduledAt) : new Date()));
  const [error, setError] = useState<string>();

  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const when = parseDateTimeLocal(value);
    const problem = !when ? 'Enter a date and time.' : when.getTime() < Date.now() ? 'Choose a time in the future.' : undefined;
    setError(problem);
    if (when && !problem) onMove(when);
  }

  return (
    <dialog ref={dialogRef} onClose={onClose} aria-labelledby={titleId} className="m-auto w-full max-w-sm rounded-lg p-5 shadow-xl backdrop:bg-neutral-900/30">
      <form onSubmit={submit} noValidate className="space-y-4">
        <div>
          <h2 id={titleId} className="text-base font-semibold text-neutral-900">
            Move post
          </h2>
          <p className="mt-1 text-sm text-neutral-600">{excerpt(post.text, 80) || 'No text'}</p>
        </div>
        <TextField
          label="Move to"
          type="datetime-local"
          value={value}
          onChange={setValue}
          hint={`In your time zone, ${browserTimeZone().replaceAll('_', ' ')}.`}
          error={error}
          autoFocus
        />
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={() => dialogRef.current?.close()}>
            Cancel
          </Button>
          <Button type="submit">Move</Button>
        </div>
      </form>
    </dialog>
  );
}
