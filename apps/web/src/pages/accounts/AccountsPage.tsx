import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useBrands } from '../../hooks/use-brands.ts';
import { useCurrentOrganization } from '../../hooks/use-current-organization.ts';
import { useSocialAccounts } from '../../hooks/use-social-accounts.ts';
import { NoBrandsYet } from '../dashboard/NoBrandsYet.tsx';
import { BrandAccounts } from './BrandAccounts.tsx';
import { ConnectAccountForm } from './ConnectAccountForm.tsx';
import { OAuthReturnNotice } from './OAuthReturnNotice.tsx';

/** Where each brand publishes: its connected accounts, their health, and connecting new ones. */
export function AccountsPage() {
  const brands = useBrands();
  const accounts = useSocialAccounts();
  const { can, role } = useCurrentOrganization();
  const canManage = can('manager');
  const error = brands.error ?? accounts.error;

  return (
    <>
      <PageHeader title="Accounts" description="The social accounts each brand publishes to." />
      <OAuthReturnNotice />
      {(brands.isPending || accounts.isPending) && !error && <LoadingState label="Loading accounts…" />}
      {error && <FormAlert error={error} />}
      {brands.data?.length === 0 && <NoBrandsYet />}
      {brands.data && brands.data.length > 0 && accounts.data && (
        <div className="space-y-6">
          {canManage && (
            <Panel title="Connect account" description="Add an account a brand can publish to.">
              <ConnectAccountForm brands={brands.data} />
            </Panel>
          )}
          {brands.data.map((brand) => (
            <BrandAccounts key={brand.id} brand={brand} accounts={accounts.data.filter((account) => account.brandId === brand.id)} canManage={canManage} />
          ))}
          {!canManage && role && <p className="text-sm text-neutral-600">Only managers and above can connect or disconnect accounts.</p>}
        </div>
      )}
    </>
  );
}
