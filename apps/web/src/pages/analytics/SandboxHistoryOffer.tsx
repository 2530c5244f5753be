import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { OfflineNotice } from './OfflineNotice.tsx';

interface SandboxHistoryOfferProps {
  /** Editors and above may create the simulated posts. */
  canSimulate: boolean;
  busy: boolean;
  error: unknown;
  onSimulate: () => void;
}

/**
 * For a brand whose only account is the Sandbox and that has nothing measured yet: explains why the
 * dashboard is empty and offers a month of simulated history to try it (and the learner) offline.
 */
export function SandboxHistoryOffer({ canSimulate, busy, error, onSimulate }: SandboxHistoryOfferProps) {
  return (
    <OfflineNotice label="Offline mode">
      <p className="font-semibold">Offline mode: this brand only posts to the Sandbox</p>
      <p className="mt-1">
        The Sandbox is a built-in simulated network: its audience is invented, and nothing has been published and measured for this brand in the period yet. To see how
        the dashboard and the learning loop work, simulate a month of published Sandbox posts with their likes, comments and shares. The simulated posts are labelled as
        such and never leave this installation.
      </p>
      {canSimulate && (
        <div className="mt-3 space-y-2">
          <Button busy={busy} busyLabel="Simulating…" onClick={onSimulate}>
            Simulate 30 days of Sandbox history
          </Button>
          <FormAlert error={error} />
        </div>
      )}
    </OfflineNotice>
  );
}
