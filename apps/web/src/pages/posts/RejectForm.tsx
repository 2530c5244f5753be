import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/api-error.ts';
import { rejectPost } from '../../api/posts.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { usePostAction } from './use-post-action.ts';

/** Rejecting always says why, so the author knows what to change. */
export function RejectForm({ postId, onClose }: { postId: string; onClose: () => void }) {
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<string>();
  const reject = usePostAction((text: string) => rejectPost(postId, text));

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = comment.trim();
    setMissing(trimmed ? undefined : 'Say what should change.');
    if (trimmed) reject.mutate(trimmed, { onSuccess: onClose });
  }

  return (
    <form onSubmit={submit} noValidate className="mt-3 w-full space-y-3">
      <FormAlert error={reject.error} shownFields={['comment']} />
      <TextAreaField label="What should change?" value={comment} onChange={setComment} error={missing ?? fieldErrorsOf(reject.error).comment} autoFocus />
      <div className="flex gap-2">
        <Button type="submit" variant="danger" busy={reject.isPending} busyLabel="Rejecting…">
          Reject post
        </Button>
        <Button variant="ghost" onClick={onClose}>
          Keep reviewing
        </Button>
      </div>
    </form>
  );
}
