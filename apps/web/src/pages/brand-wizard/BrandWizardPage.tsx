import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { getBrand } from '../../api/brands.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { Brand } from '../../api/schemas/brand.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { StepIndicator } from './StepIndicator.tsx';
import { StepContent } from './StepContent.tsx';
import { BasicsStep } from './steps/BasicsStep.tsx';
import { clampStep, completedThrough, lastStep } from './wizard-steps.ts';

/**
 * The brand onboarding wizard. `/brands/new` shows Basics, which creates the draft;
 * `/brands/:brandId/setup?step=N` shows step N, defaulting to where the brand was left.
 */
export function BrandWizardPage() {
  const { brandId } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const brand = useQuery({
    queryKey: queryKeys.brand(brandId ?? ''),
    queryFn: () => getBrand(brandId ?? ''),
    enabled: brandId !== undefined,
  });
  const requestedStep = Number(searchParams.get('step')) || brand.data?.onboardingStep;
  const step = brandId ? clampStep(requestedStep) : 1;

  function goToStep(savedBrand: Brand, nextStep: number) {
    void navigate(`/brands/${encodeURIComponent(savedBrand.id)}/setup?step=${clampStep(nextStep)}`);
  }

  function stepSaved(savedBrand: Brand) {
    // After the last step the brand is live: show it among the others.
    if (step === lastStep) void navigate('/dashboard');
    else goToStep(savedBrand, step + 1);
  }

  const title = brand.data ? (brand.data.status === 'active' ? `Edit ${brand.data.name}` : `Set up ${brand.data.name}`) : 'New brand';
  return (
    <>
      <PageHeader title={title} description="Tell Socialseed how your brand looks, sounds and whom it speaks to. Progress is saved at every step." />
      <StepIndicator current={step} completed={completedThrough(brand.data)} />
      {!brandId && <BasicsStep brand={undefined} onSaved={(created) => goToStep(created, 2)} />}
      {brandId && brand.isPending && <LoadingState label="Loading brand…" />}
      {brandId && brand.isError && <FormAlert error={brand.error} />}
      {brand.data && (
        <StepContent
          key={step}
          brand={brand.data}
          step={step}
          onSaved={stepSaved}
          onBack={() => goToStep(brand.data, step - 1)}
        />
      )}
    </>
  );
}
