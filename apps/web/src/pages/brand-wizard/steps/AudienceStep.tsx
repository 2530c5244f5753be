import { useState } from 'react';
import { z } from 'zod';
import { fieldErrorsOf, type FieldErrors } from '../../../api/api-error.ts';
import { companySizes, type CompanySize } from '../../../api/schemas/brand.ts';
import { CheckboxGroup } from '../../../components/CheckboxGroup.tsx';
import { ChipInput } from '../../../components/ChipInput.tsx';
import { errorFor } from '../../../forms/field-errors.ts';
import { validateForm } from '../../../forms/validate.ts';
import type { StepProps } from '../step-props.ts';
import { useSaveBrandStep } from '../use-save-brand-step.ts';
import { WizardStepForm } from '../WizardStepForm.tsx';

// Limits mirror the API's brand schema; an empty audience is allowed (it means "anyone").
const audienceSchema = z.object({
  audience: z.object({
    roles: z.array(z.string().max(80, 'Keep each role under 80 characters.')).max(20, 'Add at most 20 roles.'),
    geographies: z.array(z.string().max(80, 'Keep each entry under 80 characters.')).max(30, 'Add at most 30 places.'),
    companySizes: z.array(z.enum(companySizes)),
  }),
});

const sizeOptions = companySizes.map((size) => ({ value: size, label: `${size} people` }));

/** Step 4: who the posts are for; drives trend ranking and copy. */
export function AudienceStep({ brand, step, onSaved, onBack }: StepProps) {
  const [roles, setRoles] = useState<string[]>(brand.audience?.roles ?? []);
  const [geographies, setGeographies] = useState<string[]>(brand.audience?.geographies ?? []);
  const [sizes, setSizes] = useState<CompanySize[]>(brand.audience?.companySizes ?? []);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const mutation = useSaveBrandStep(brand.id, step, onSaved);
  const errors = { ...fieldErrorsOf(mutation.error), ...clientErrors };

  function submit(): boolean {
    const result = validateForm(audienceSchema, { audience: { roles, geographies, companySizes: sizes } });
    setClientErrors(result.ok ? {} : result.errors);
    if (result.ok) mutation.mutate(result.data);
    return result.ok;
  }

  return (
    <WizardStepForm
      title="Audience"
      description="The people you want to reach: their roles, where they are and the size of their companies."
      brandId={brand.id}
      error={mutation.error}
      shownFields={['audience.roles', 'audience.geographies', 'audience.companySizes']}
      saving={mutation.isPending}
      onSubmit={submit}
      onBack={onBack}
    >
      <ChipInput label="Roles" values={roles} onChange={setRoles} placeholder="e.g. CFO, Founder" error={errorFor(errors, 'audience.roles')} />
      <ChipInput label="Geographies" values={geographies} onChange={setGeographies} placeholder="e.g. United Kingdom, DACH" error={errorFor(errors, 'audience.geographies')} />
      <CheckboxGroup legend="Company sizes" options={sizeOptions} selected={sizes} onChange={setSizes} error={errorFor(errors, 'audience.companySizes')} />
    </WizardStepForm>
  );
}
