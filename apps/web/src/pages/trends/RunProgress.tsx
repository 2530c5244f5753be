import type { TrendRun } from '../../api/schemas/trend.ts';

/** Announced politely while a run is under way, so the wait is not silent. */
export function RunProgress({ run }: { run: TrendRun }) {
  return (
    <div role="status" className="flex items-center gap-3 rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900">
      <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-sky-200 border-t-sky-700" />
      <span>
        Fetching trends…
        <span className="text-sky-800"> {run.status === 'queued' ? 'Waiting for a worker to pick the run up.' : 'Asking the sources and scoring the stories for every brand.'}</span>
      </span>
    </div>
  );
}
