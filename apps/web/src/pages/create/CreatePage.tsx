import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { getAiOverview } from '../../api/ai.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useBrands } from '../../hooks/use-brands.ts';
import { useSocialAccounts } from '../../hooks/use-social-accounts.ts';
import { NoBrandsYet } from '../dashboard/NoBrandsYet.tsx';
import { BriefForm } from './BriefForm.tsx';
import { OfflineWriterBanner } from './OfflineWriterBanner.tsx';
import { readBriefPrefill } from './trend-brief.ts';
import { TextLink } from '../../components/TextLink.tsx';
import { TrendBriefNotice } from './TrendBriefNotice.tsx';
import { useStudioVariants } from './use-studio-variants.ts';
import { VariantCard } from './VariantCard.tsx';

/**
 * The AI studio: an idea in, three scored variants out, each one a step from a saved post. The
 * Trends page's "Generate post" opens it with `?brandId=…&trendId=…&platform=…&format=…`.
 */
export function CreatePage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const prefill = readBriefPrefill(searchParams);
  const writeWithoutTrend = () => {
    const next = new URLSearchParams(searchParams);
    next.delete('trendId');
    setSearchParams(next, { replace: true });
  };
  const brands = useBrands();
  const accounts = useSocialAccounts();
  const overview = useQuery({ queryKey: queryKeys.aiOverview, queryFn: getAiOverview });
  const studio = useStudioVariants();
  const noProvider = overview.data?.tier === 'template';
  const offline = noProvider || studio.variants.some((variant) => variant.generated.tier === 'template');

  return (
    <>
      <PageHeader title="Create" description="Type an idea or start from a trend; get three variants in the brand’s voice, scored and checked for brand safety." />
      <div className="space-y-6">
        {offline && <OfflineWriterBanner providerConfigured={overview.data !== undefined && !noProvider} notice={studio.notice} />}
        {brands.isPending && <LoadingState label="Loading brands…" />}
        {brands.isError && <FormAlert error={brands.error} />}
        {brands.data?.length === 0 && <NoBrandsYet />}
        {brands.data && brands.data.length > 0 && (
          <Panel title="Brief">
            <div className="space-y-4">
              {prefill.trendId ? (
                <TrendBriefNotice trendId={prefill.trendId} onClear={writeWithoutTrend} />
              ) : (
                <p className="text-sm text-neutral-700">
                  Type an idea below, or <TextLink to="/trends">pick a trend</TextLink> ranked for your brand and press “Generate post” on it.
                </p>
              )}
              <FormAlert error={studio.generate.error} shownFields={['brandId', 'platform', 'format', 'topic', 'callToAction', 'tone']} />
              {/* Keyed on the trend so arriving from another trend (or dropping it) starts a fresh brief. */}
              <BriefForm key={prefill.trendId ?? 'idea'} prefill={prefill} brands={brands.data} busy={studio.generate.isPending} error={studio.generate.error} onGenerate={(brief) => studio.generate.mutate(brief)} />
            </div>
          </Panel>
        )}
        <FormAlert error={studio.regenerate.error} />
        {!offline && studio.notice && <p className="text-sm text-neutral-700">{studio.notice}</p>}
        {studio.variants.length > 0 && (
          <section aria-label="Variants" className="grid gap-4 lg:grid-cols-3">
            {studio.variants.map((variant, index) => (
              <VariantCard
                key={variant.key}
                label={`Variant ${index + 1}`}
                variant={variant}
                accounts={(accounts.data ?? []).filter((account) => account.brandId === variant.brief.brandId)}
                regenerating={studio.regeneratingKey === variant.key}
                onChange={studio.update}
                onRegenerate={() => studio.regenerate.mutate(variant)}
              />
            ))}
          </section>
        )}
      </div>
    </>
  );
}
