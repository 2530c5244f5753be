import { OfflineNotice } from './OfflineNotice.tsx';

/** Said whenever the brand's figures come from the Sandbox alone, so nobody mistakes them for a real audience. */
export function SimulatedDataNotice() {
  return (
    <OfflineNotice label="Simulated audience">
      <p className="font-semibold">Simulated audience: Sandbox figures only</p>
      <p className="mt-1">Every figure below comes from the built-in Sandbox network’s simulated audience, not from real people. Connect a real account to measure real posts.</p>
    </OfflineNotice>
  );
}
