import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { queryKeys } from '../../api/query-keys.ts';
import type { TrendDecision } from '../../api/schemas/trend.ts';
import { getBrandTrends } from '../../api/trends.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useBrands } from '../../hooks/use-brands.ts';
import { useCurrentOrganization } from '../../hooks/use-current-organization.ts';
import { NoBrandsYet } from '../dashboard/NoBrandsYet.tsx';
import { BrandTrendLists } from './BrandTrendLists.tsx';
import { RefreshButton } from './RefreshButton.tsx';
import { RunProgress } from './RunProgress.tsx';
import { RunSummary } from './RunSummary.tsx';
import { TrendSettingsPanel } from './TrendSettingsPanel.tsx';
import { useTrendRefresh } from './use-trend-refresh.ts';

/**
 * Trends ranked for one brand. The brand and the list live in the address
 * (`?brand=…&list=watchlist`), so a reload or a shared link shows the same view.
 */
export function TrendsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const brands = useBrands();
  const { can } = useCurrentOrganization();
  const refresh = useTrendRefresh();
  // A brand from the address that is not (or no longer) in this organization falls back to the first.
  const requestedBrand = brands.data?.find((brand) => brand.id === searchParams.get('brand'));
  const brandId = requestedBrand?.id ?? brands.data?.[0]?.id ?? '';
  const list: TrendDecision = searchParams.get('list') === 'watchlist' ? 'watchlist' : 'recommended';
  const trends = useQuery({ queryKey: queryKeys.brandTrends(brandId), queryFn: () => getBrandTrends(brandId), enabled: brandId !== '' });
  const isEmpty = trends.data !== undefined && trends.data.recommended.length + trends.data.watchlist.length === 0;
  const canRefresh = can('editor');

  function update(changes: { brand?: string; list?: TrendDecision }) {
    const next = new URLSearchParams(searchParams);
    if (changes.brand) next.set('brand', changes.brand);
    if (changes.list) next.set('list', changes.list);
    setSearchParams(next, { replace: true });
  }

  const refreshButton = <RefreshButton busy={refresh.refresh.isPending || refresh.active} onRefresh={() => refresh.refresh.mutate()} />;

  return (
    <>
      <PageHeader
        title="Trends"
        description="Stories gathered from the enabled sources every few hours, ranked for each brand’s pillars, audience and past results."
        actions={canRefresh && !isEmpty ? refreshButton : undefined}
      />
      {brands.isPending && <LoadingState label="Loading brands…" />}
      {brands.isError && <FormAlert error={brands.error} />}
      {brands.data?.length === 0 && <NoBrandsYet />}
      {brands.data && brands.data.length > 0 && (
        <div className="space-y-4">
          <SelectField
            label="Brand"
            value={brandId}
            onChange={(brand) => update({ brand })}
            options={brands.data.map((brand) => ({ value: brand.id, label: brand.name }))}
            className="max-w-xs"
          />
          {refresh.run && refresh.active && <RunProgress run={refresh.run} />}
          {refresh.run && !refresh.active && <RunSummary run={refresh.run} />}
          <FormAlert error={refresh.refresh.error} />
          {trends.isPending && <LoadingState label="Loading trends…" />}
          {trends.isError && <FormAlert error={trends.error} />}
          {trends.data && (
            <BrandTrendLists
              key={`lists-${brandId}`}
              brandId={brandId}
              trends={trends.data}
              list={list}
              onListChange={(next) => update({ list: next })}
              actionable={canRefresh}
              emptyAction={canRefresh ? refreshButton : null}
              running={refresh.active}
            />
          )}
          <TrendSettingsPanel key={`sources-${brandId}`} brandId={brandId} editable={can('manager')} />
        </div>
      )}
    </>
  );
}
