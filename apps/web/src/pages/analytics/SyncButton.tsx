import { Button } from '../../components/Button.tsx';

/** "Sync now": asks every connected network for fresh figures instead of waiting for the hourly job. */
export function SyncButton({ busy, onSync }: { busy: boolean; onSync: () => void }) {
  return (
    <Button variant="secondary" busy={busy} busyLabel="Syncing…" onClick={onSync}>
      Sync now
    </Button>
  );
}
