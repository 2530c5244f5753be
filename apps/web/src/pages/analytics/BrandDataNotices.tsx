import { StatusMessage } from '../../components/StatusMessage.tsx';
import { TextLink } from '../../components/TextLink.tsx';
import { useSocialAccounts } from '../../hooks/use-social-accounts.ts';
import type { PeriodDays } from './analytics-period.ts';
import { OfflineNotice } from './OfflineNotice.tsx';
import { SandboxHistoryOffer } from './SandboxHistoryOffer.tsx';
import { SimulatedDataNotice } from './SimulatedDataNotice.tsx';
import { useOverview } from './use-overview.ts';
import { useSandboxHistory } from './use-sandbox-history.ts';

/**
 * What the reader should know about where the brand's figures come from: no account yet, only the
 * simulated Sandbox (with the offer to simulate a month of history when nothing is measured yet),
 * or nothing at all for brands with real accounts.
 */
export function BrandDataNotices({ brandId, days, canSimulate }: { brandId: string; days: PeriodDays; canSimulate: boolean }) {
  const accounts = useSocialAccounts();
  const overview = useOverview(brandId, days);
  const simulate = useSandboxHistory(brandId);
  const brandAccounts = accounts.data?.filter((account) => account.brandId === brandId);
  if (!brandAccounts || !overview.data) return null;

  const sandboxOnly = brandAccounts.length > 0 && brandAccounts.every((account) => account.platform === 'sandbox');
  const measured = overview.data.totals.posts > 0;
  return (
    <>
      {simulate.data && (
        <StatusMessage>
          {simulate.data.created
            ? `Simulated 30 days of Sandbox history: ${simulate.data.posts} posts, measured with the Sandbox’s invented audience.`
            : 'This brand already has simulated Sandbox history; nothing was added.'}
        </StatusMessage>
      )}
      {brandAccounts.length === 0 && !measured && (
        <OfflineNotice label="No accounts">
          <p className="font-semibold">No account connected to this brand</p>
          <p className="mt-1">
            Analytics measure the brand’s published posts. <TextLink to="/accounts">Connect an account</TextLink> — the built-in Sandbox works offline — and publish to it.
          </p>
        </OfflineNotice>
      )}
      {sandboxOnly && !measured && <SandboxHistoryOffer canSimulate={canSimulate} busy={simulate.isPending} error={simulate.error} onSimulate={() => simulate.mutate()} />}
      {sandboxOnly && measured && <SimulatedDataNotice />}
    </>
  );
}
