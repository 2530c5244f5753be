import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { fieldErrorsOf, type FieldErrors } from '../../../api/api-error.ts';
import { createBrand, updateBrand } from '../../../api/brands.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { industries, type Brand } from '../../../api/schemas/brand.ts';
import { toOptions } from '../../../components/labels.ts';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { requiredText } from '../../../forms/common-schemas.ts';
import { validateForm } from '../../../forms/validate.ts';
import { WizardStepForm } from '../WizardStepForm.tsx';

const basicsSchema = z.object({
  name: requiredText('Enter the brand name.'),
  industry: z.enum(industries, { error: 'Choose an industry.' }),
});

/** Step 1. Creates the draft brand (or renames an existing one); every later step updates it. */
export function BasicsStep({ brand, onSaved }: { brand: Brand | undefined; onSaved: (brand: Brand) => void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(brand?.name ?? '');
  const [industry, setIndustry] = useState<string>(brand?.industry ?? '');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    // Saved with the step to resume at, like every other step (see use-save-brand-step.ts).
    mutationFn: (values: z.infer<typeof basicsSchema>) =>
      brand ? updateBrand(brand.id, { ...values, onboardingStep: 2 }) : createBrand({ ...values, onboardingStep: 2 }),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.brand(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.brands, exact: true });
      onSaved(saved);
    },
  });
  const errors = { ...fieldErrorsOf(mutation.error), ...clientErrors };

  function submit(): boolean {
    const result = validateForm(basicsSchema, { name, industry });
    setClientErrors(result.ok ? {} : result.errors);
    if (result.ok) mutation.mutate(result.data);
    return result.ok;
  }

  return (
    <WizardStepForm
      title="Basics"
      description="The name people know the brand by and the industry it works in."
      brandId={brand?.id}
      error={mutation.error}
      shownFields={['name', 'industry']}
      saving={mutation.isPending}
      onSubmit={submit}
    >
      <TextField label="Brand name" value={name} onChange={setName} error={errors.name} autoComplete="organization" />
      <SelectField label="Industry" value={industry} onChange={setIndustry} options={toOptions(industries)} placeholder="Choose an industry" error={errors.industry} />
    </WizardStepForm>
  );
}
