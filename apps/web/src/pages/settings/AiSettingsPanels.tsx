import { useQuery } from '@tanstack/react-query';
import { getAiOverview } from '../../api/ai.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useBrands } from '../../hooks/use-brands.ts';
import { useCurrentOrganization } from '../../hooks/use-current-organization.ts';
import { AiSettingsForm } from './AiSettingsForm.tsx';
import { BrandSafetyLists } from './BrandSafetyLists.tsx';

/** The AI studio's settings: organization-wide (admins and owners) and per brand (managers and up). */
export function AiSettingsPanels() {
  const organization = useCurrentOrganization();
  const overview = useQuery({ queryKey: queryKeys.aiOverview, queryFn: getAiOverview });
  const brands = useBrands();
  return (
    <>
      <Panel title="AI studio" description={organization.can('admin') ? undefined : 'Only owners and admins can change the threshold and budgets.'}>
        {overview.isPending && <LoadingState label="Loading AI settings…" />}
        {overview.isError && <FormAlert error={overview.error} />}
        {/* Keyed by the saved values so the form starts again from what the server holds. */}
        {overview.data && <AiSettingsForm key={JSON.stringify([overview.data.autoApproveThreshold, overview.data.budget.monthlyBudgetUsd, overview.data.budget.monthlyTokenBudget])} overview={overview.data} editable={organization.can('admin')} />}
      </Panel>
      <Panel
        title="Brand safety"
        description={`Words a brand never uses and topics it stays away from: AI texts containing them are flagged unsafe.${organization.can('manager') ? '' : ' Only managers and above can change them.'}`}
      >
        {brands.isError && <FormAlert error={brands.error} />}
        {brands.data && <BrandSafetyLists brands={brands.data} editable={organization.can('manager')} />}
      </Panel>
    </>
  );
}
