import { useState } from 'react';
import { z } from 'zod';
import { fieldErrorsOf, type FieldErrors } from '../../../api/api-error.ts';
import { hexColourPattern } from '../../../api/schemas/brand.ts';
import { validateForm } from '../../../forms/validate.ts';
import type { StepProps } from '../step-props.ts';
import { useSaveBrandStep } from '../use-save-brand-step.ts';
import { WizardStepForm } from '../WizardStepForm.tsx';
import { ColourField } from './ColourField.tsx';
import { LogoUpload } from './LogoUpload.tsx';

const hexColour = z.string().regex(hexColourPattern, 'Use a hex colour like #1F6FEB.');
const lookSchema = z.object({
  colors: z.object({ primary: hexColour, secondary: hexColour, accent: z.union([z.literal(''), hexColour]) }),
});

// Neutral starting colours so the pickers never open on meaningless black.
const defaultColours = { primary: '#047857', secondary: '#1F2937', accent: '' };

/** Step 2: logo and brand colours, used by the graphics renderer. */
export function LookStep({ brand, step, onSaved, onBack }: StepProps) {
  const [logoMediaId, setLogoMediaId] = useState<string | null>(brand.logoMediaId ?? null);
  const [colours, setColours] = useState({
    primary: brand.colors?.primary ?? defaultColours.primary,
    secondary: brand.colors?.secondary ?? defaultColours.secondary,
    accent: brand.colors?.accent ?? defaultColours.accent,
  });
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const mutation = useSaveBrandStep(brand.id, step, onSaved);
  const errors = { ...fieldErrorsOf(mutation.error), ...clientErrors };
  const setColour = (key: keyof typeof colours) => (value: string) => setColours((previous) => ({ ...previous, [key]: value }));

  function submit(): boolean {
    const result = validateForm(lookSchema, { colors: colours });
    setClientErrors(result.ok ? {} : result.errors);
    if (!result.ok) return false;
    const { primary, secondary, accent } = result.data.colors;
    mutation.mutate({ logoMediaId, colors: accent ? { primary, secondary, accent } : { primary, secondary } });
    return true;
  }

  return (
    <WizardStepForm
      title="Look"
      description="Your logo and colours appear on every graphic Socialseed renders."
      brandId={brand.id}
      error={mutation.error}
      shownFields={['logoMediaId', 'colors.primary', 'colors.secondary', 'colors.accent']}
      saving={mutation.isPending}
      onSubmit={submit}
      onBack={onBack}
    >
      <LogoUpload mediaId={logoMediaId} onChange={setLogoMediaId} brandName={brand.name} error={errors.logoMediaId} />
      <div className="grid gap-4 sm:grid-cols-3">
        <ColourField label="Primary colour" value={colours.primary} onChange={setColour('primary')} error={errors['colors.primary']} />
        <ColourField label="Secondary colour" value={colours.secondary} onChange={setColour('secondary')} error={errors['colors.secondary']} />
        <ColourField label="Accent colour" value={colours.accent} onChange={setColour('accent')} error={errors['colors.accent']} optional />
      </div>
    </WizardStepForm>
  );
}
