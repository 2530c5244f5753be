import { Button } from '../../components/Button.tsx';

/** Queues a forced refresh; stays busy while the run it started (or one already running) lasts. */
export function RefreshButton({ busy, onRefresh }: { busy: boolean; onRefresh: () => void }) {
  return (
    <Button busy={busy} busyLabel="Refreshing…" onClick={onRefresh}>
      Refresh now
    </Button>
  );
}
