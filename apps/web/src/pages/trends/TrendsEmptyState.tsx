import type { ReactNode } from 'react';

interface TrendsEmptyStateProps {
  /** False until the organization's first run has finished. */
  hasRun: boolean;
  /** The Refresh now button, for people allowed to start a run. */
  action: ReactNode;
}

/** Why the lists are empty (never fetched, or nothing fitted the brand) and what to do about it. */
export function TrendsEmptyState({ hasRun, action }: TrendsEmptyStateProps) {
  return (
    <div className="rounded-lg border border-dashed border-neutral-300 bg-white px-6 py-10 text-center">
      {hasRun ? (
        <>
          <p className="text-base font-medium text-neutral-900">No trend scored for this brand yet.</p>
          <p className="mx-auto mt-2 max-w-md text-sm text-neutral-600">
            The last refresh found nothing the brand could use, or ran before the brand existed. Check the brand’s sources below, give it pillars that describe what it talks
            about, and refresh again.
          </p>
        </>
      ) : (
        <>
          <p className="text-base font-medium text-neutral-900">No trends fetched yet.</p>
          <p className="mx-auto mt-2 max-w-md text-sm text-neutral-600">
            Trends are gathered from the enabled sources every few hours and ranked for each brand. The first refresh has not happened yet.
          </p>
        </>
      )}
      {action && <div className="mt-4">{action}</div>}
    </div>
  );
}
