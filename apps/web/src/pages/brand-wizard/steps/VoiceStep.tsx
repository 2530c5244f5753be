import { useState } from 'react';
import { fieldErrorsOf, type FieldErrors } from '../../../api/api-error.ts';
import { Button } from '../../../components/Button.tsx';
import { TextAreaField } from '../../../components/TextAreaField.tsx';
import type { StepProps } from '../step-props.ts';
import { useSaveBrandStep } from '../use-save-brand-step.ts';
import { WizardStepForm } from '../WizardStepForm.tsx';
import { validateVoiceSamples } from './validate-voice-samples.ts';
import { minimumVoiceSamples } from '../brand-limits.ts';
import { VoiceSampleCounter } from './VoiceSampleCounter.tsx';

/** Step 5: past posts the writer imitates; the API requires at least five to activate. */
export function VoiceStep({ brand, step, onSaved, onBack }: StepProps) {
  const [samples, setSamples] = useState<string[]>(() => {
    const saved = brand.voiceSamples ?? [];
    return [...saved, ...Array<string>(Math.max(0, minimumVoiceSamples - saved.length)).fill('')];
  });
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const mutation = useSaveBrandStep(brand.id, step, onSaved);
  const errors = { ...fieldErrorsOf(mutation.error), ...clientErrors };
  const filled = samples.filter((sample) => sample.trim()).length;
  const update = (index: number, value: string) => setSamples((previous) => previous.map((sample, at) => (at === index ? value : sample)));

  function submit(): boolean {
    const problems = validateVoiceSamples(samples);
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) return false;
    mutation.mutate({ voiceSamples: samples.map((sample) => sample.trim()) });
    return true;
  }

  return (
    <WizardStepForm
      title="Voice"
      description="Paste posts the brand has published before. Socialseed learns its wording and rhythm from them."
      brandId={brand.id}
      error={mutation.error}
      shownFields={['voiceSamples']}
      saving={mutation.isPending}
      onSubmit={submit}
      onBack={onBack}
    >
      <VoiceSampleCounter filled={filled} error={errors.voiceSamples} />
      <div className="space-y-4">
        {samples.map((sample, index) => (
          <div key={index} className="space-y-1">
            <TextAreaField label={`Voice sample ${index + 1}`} value={sample} onChange={(value) => update(index, value)} error={errors[`voiceSamples.${index}`]} />
            {samples.length > minimumVoiceSamples && (
              <Button variant="ghost" onClick={() => setSamples((previous) => previous.filter((_, at) => at !== index))}>
                Remove voice sample {index + 1}
              </Button>
            )}
          </div>
        ))}
      </div>
      <Button variant="secondary" onClick={() => setSamples((previous) => [...previous, ''])}>
        Add another sample
      </Button>
    </WizardStepForm>
  );
}
