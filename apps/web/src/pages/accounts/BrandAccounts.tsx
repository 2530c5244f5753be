import type { Brand } from '../../api/schemas/brand.ts';
import type { SocialAccount } from '../../api/schemas/social-account.ts';
import { Panel } from '../../components/Panel.tsx';
import { AccountRow } from './AccountRow.tsx';

/** One brand's connected accounts; accounts needing attention come first. */
export function BrandAccounts({ brand, accounts, canManage }: { brand: Brand; accounts: SocialAccount[]; canManage: boolean }) {
  const ordered = [...accounts].sort((a, b) => Number(b.status === 'needs_reconnect') - Number(a.status === 'needs_reconnect'));
  return (
    <Panel title={brand.name}>
      {ordered.length === 0 ? (
        <p className="text-sm text-neutral-600">No accounts connected yet.</p>
      ) : (
        <ul aria-label={`Accounts of ${brand.name}`} className="divide-y divide-neutral-100">
          {ordered.map((account) => (
            <AccountRow key={account.id} account={account} canManage={canManage} />
          ))}
        </ul>
      )}
    </Panel>
  );
}
