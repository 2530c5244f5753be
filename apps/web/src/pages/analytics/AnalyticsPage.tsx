import { useSearchParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useBrands } from '../../hooks/use-brands.ts';
import { useCurrentOrganization } from '../../hooks/use-current-organization.ts';
import { NoBrandsYet } from '../dashboard/NoBrandsYet.tsx';
import { AbTestsPanel } from './AbTestsPanel.tsx';
import { AlertsPanel } from './AlertsPanel.tsx';
import { parsePeriod, periodOptions } from './analytics-period.ts';
import { BestTimePanel } from './BestTimePanel.tsx';
import { BrandDataNotices } from './BrandDataNotices.tsx';
import { EngagementPanel } from './EngagementPanel.tsx';
import { ExportCsvButton } from './ExportCsvButton.tsx';
import { GrowthPanel } from './GrowthPanel.tsx';
import { LearnedModelPanel } from './LearnedModelPanel.tsx';
import { OverviewSection } from './OverviewSection.tsx';
import { PerformancePanel } from './PerformancePanel.tsx';
import { SyncButton } from './SyncButton.tsx';
import { TopPostsPanel } from './TopPostsPanel.tsx';
import { useEngagementSync } from './use-engagement-sync.ts';

/**
 * One brand's measured results over the last 7, 30 or 90 days, and what the learner made of them.
 * The brand and the period live in the address (`?brand=…&days=30`), so a reload or a shared link
 * shows the same view. Every panel loads (and fails) on its own: one broken request leaves the
 * rest of the dashboard readable.
 */
export function AnalyticsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const brands = useBrands();
  const { can } = useCurrentOrganization();
  const sync = useEngagementSync();
  // A brand from the address that is not (or no longer) in this organization falls back to the first.
  const brand = brands.data?.find((candidate) => candidate.id === searchParams.get('brand')) ?? brands.data?.[0];
  const brandId = brand?.id ?? '';
  const days = parsePeriod(searchParams.get('days'));
  const canAct = can('editor');

  function update(changes: { brand?: string; days?: string }) {
    const next = new URLSearchParams(searchParams);
    if (changes.brand) next.set('brand', changes.brand);
    if (changes.days) next.set('days', changes.days);
    setSearchParams(next, { replace: true });
  }

  return (
    <>
      <PageHeader
        title="Analytics"
        description="How the brand’s published posts did, when its audience responds, and what the learning loop has found works best."
        actions={
          brand ? (
            <>
              {canAct && <SyncButton busy={sync.isPending} onSync={() => sync.mutate()} />}
              <ExportCsvButton brandId={brand.id} brandName={brand.name} days={days} />
            </>
          ) : undefined
        }
      />
      {brands.isPending && <LoadingState label="Loading brands…" />}
      {brands.isError && <FormAlert error={brands.error} />}
      {brands.data?.length === 0 && <NoBrandsYet />}
      {brand && (
        <div className="space-y-6">
          <div className="flex flex-wrap gap-4">
            <SelectField
              label="Brand"
              value={brandId}
              onChange={(value) => update({ brand: value })}
              options={brands.data?.map((candidate) => ({ value: candidate.id, label: candidate.name })) ?? []}
              className="w-64"
            />
            <SelectField label="Period" value={String(days)} onChange={(value) => update({ days: value })} options={periodOptions} className="w-48" />
          </div>
          <FormAlert error={sync.error} />
          {sync.isSuccess && <StatusMessage>Sync started: the networks are asked for fresh figures, which appear here within a few minutes.</StatusMessage>}
          <div key={brandId} className="space-y-6">
            <BrandDataNotices brandId={brandId} days={days} canSimulate={canAct} />
            <OverviewSection brandId={brandId} days={days} />
            <AlertsPanel brandId={brandId} />
            <EngagementPanel brandId={brandId} days={days} />
            <TopPostsPanel brandId={brandId} days={days} />
            <PerformancePanel brandId={brandId} days={days} />
            <BestTimePanel brandId={brandId} days={days} />
            <div className="grid items-start gap-6 xl:grid-cols-2">
              <GrowthPanel brandId={brandId} days={days} />
              <LearnedModelPanel brandId={brandId} canRetrain={can('manager')} />
            </div>
            <AbTestsPanel brandId={brandId} canDecide={canAct} />
          </div>
        </div>
      )}
    </>
  );
}
