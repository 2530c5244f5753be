import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/api-error.ts';
import { publishPostNow, queuePost, schedulePost } from '../../api/posts.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { Post } from '../../api/schemas/post.ts';
import type { SocialAccount } from '../../api/schemas/social-account.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { browserTimeZone, parseDateTimeLocal, toDateTimeLocalValue, toIsoWithOffset } from '../../components/local-time.ts';
import { TextField } from '../../components/TextField.tsx';
import { describeTargetField } from './describe-target-field.ts';

const fieldNames: Record<string, string> = { accountIds: 'Accounts', scheduledAt: 'Publish at' };

/** The next full hour, a sensible first suggestion. */
function nextFullHour(): Date {
  const date = new Date(Date.now() + 60 * 60_000);
  date.setMinutes(0, 0, 0);
  return date;
}

interface ScheduleControlsProps {
  post: Post;
  /** To name the account when the server says a network would refuse its content. */
  accounts: readonly SocialAccount[];
  onChanged: (post: Post, notice: string) => void;
}

/** Picks when an approved post goes out (in the browser's time zone), or sends it now. */
export function ScheduleControls({ post, accounts, onChanged }: ScheduleControlsProps) {
  const queryClient = useQueryClient();
  const [publishAt, setPublishAt] = useState(() => toDateTimeLocalValue(post.scheduledAt ? new Date(post.scheduledAt) : nextFullHour()));
  const [clientError, setClientError] = useState<string>();
  const onSuccess = (saved: Post, notice: string) => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.posts });
    onChanged(saved, notice);
  };
  const schedule = useMutation({
    mutationFn: (when: Date) => schedulePost(post.id, toIsoWithOffset(when)),
    onSuccess: (saved, when) => onSuccess(saved, `Scheduled for ${when.toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short' })}.`),
  });
  const publish = useMutation({
    mutationFn: () => publishPostNow(post.id),
    onSuccess: (saved) => onSuccess(saved, 'Publishing now. Follow each account’s progress on the post’s page.'),
  });
  const queue = useMutation({
    mutationFn: () => queuePost(post.id),
    onSuccess: (saved) =>
      onSuccess(saved, `Added to the queue: ${saved.scheduledAt ? new Date(saved.scheduledAt).toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short' }) : 'scheduled'}.`),
  });
  const busy = schedule.isPending || publish.isPending || queue.isPending;
  const error = schedule.error ?? publish.error ?? queue.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    const when = parseDateTimeLocal(publishAt);
    const problem = !when ? 'Enter a date and time.' : when.getTime() < Date.now() - 60_000 ? 'Choose a time in the future.' : undefined;
    setClientError(problem);
    if (when && !problem) schedule.mutate(when);
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Schedule" className="space-y-3">
      <FormAlert error={error} shownFields={['scheduledAt']} describeField={describeTargetField(post, accounts, fieldNames)} />
      <div className="flex flex-wrap items-start gap-3">
        <TextField
          label="Publish at"
          type="datetime-local"
          value={publishAt}
          onChange={setPublishAt}
          hint={`In your time zone, ${browserTimeZone().replaceAll('_', ' ')}.`}
          error={clientError ?? fieldErrorsOf(schedule.error).scheduledAt}
          className="w-64"
        />
        <Button type="submit" className="sm:mt-6" busy={schedule.isPending} busyLabel="Scheduling…" disabled={busy && !schedule.isPending}>
          {post.status === 'scheduled' ? 'Reschedule' : 'Schedule'}
        </Button>
        <Button variant="secondary" className="sm:mt-6" busy={queue.isPending} busyLabel="Finding a slot…" disabled={busy && !queue.isPending} onClick={() => queue.mutate()}>
          Add to queue
        </Button>
        <Button variant="secondary" className="sm:mt-6" busy={publish.isPending} busyLabel="Publishing…" disabled={busy && !publish.isPending} onClick={() => publish.mutate()}>
          Publish now
        </Button>
      </div>
    </form>
  );
}
