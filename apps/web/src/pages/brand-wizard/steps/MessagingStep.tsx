import { useState } from 'react';
import { z } from 'zod';
import { fieldErrorsOf, type FieldErrors } from '../../../api/api-error.ts';
import { tones } from '../../../api/schemas/brand.ts';
import { toOptions } from '../../../components/labels.ts';
import { SelectField } from '../../../components/SelectField.tsx';
import { validateForm } from '../../../forms/validate.ts';
import type { StepProps } from '../step-props.ts';
import { useSaveBrandStep } from '../use-save-brand-step.ts';
import { WizardStepForm } from '../WizardStepForm.tsx';
import { maxPillars } from '../brand-limits.ts';
import { PillarList } from './PillarList.tsx';

const messagingSchema = z.object({
  pillars: z
    .array(z.string().trim().min(1, 'Fill in this pillar or remove it.').max(200, 'Keep each pillar under 200 characters.'))
    .min(1, 'Add at least one pillar.')
    .max(maxPillars, `Keep it to ${maxPillars} pillars.`),
  tone: z.enum(tones, { error: 'Choose a tone.' }),
});

/** Step 3: what the brand talks about and how it sounds. */
export function MessagingStep({ brand, step, onSaved, onBack }: StepProps) {
  const [pillars, setPillars] = useState<string[]>(brand.pillars?.length ? brand.pillars : ['']);
  const [tone, setTone] = useState<string>(brand.tone ?? '');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const mutation = useSaveBrandStep(brand.id, step, onSaved);
  const errors = { ...fieldErrorsOf(mutation.error), ...clientErrors };

  function submit(): boolean {
    const result = validateForm(messagingSchema, { pillars, tone });
    setClientErrors(result.ok ? {} : result.errors);
    if (result.ok) mutation.mutate(result.data);
    return result.ok;
  }

  return (
    <WizardStepForm
      title="Messaging"
      description="What the brand talks about, and the tone it uses."
      brandId={brand.id}
      error={mutation.error}
      shownFields={['pillars', 'tone']}
      saving={mutation.isPending}
      onSubmit={submit}
      onBack={onBack}
    >
      <PillarList pillars={pillars} onChange={setPillars} errors={errors} />
      <SelectField label="Tone" value={tone} onChange={setTone} options={toOptions(tones)} placeholder="Choose a tone" error={errors.tone} />
    </WizardStepForm>
  );
}
