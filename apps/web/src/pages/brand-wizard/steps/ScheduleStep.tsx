import { useMemo, useState } from 'react';
import { type FieldErrors } from '../../../api/api-error.ts';
import { weekdays, type Weekday } from '../../../api/schemas/brand.ts';
import { CheckboxGroup } from '../../../components/CheckboxGroup.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { errorFor } from '../../../forms/field-errors.ts';
import { validateForm } from '../../../forms/validate.ts';
import type { StepProps } from '../step-props.ts';
import { WizardStepForm } from '../WizardStepForm.tsx';
import { scheduleSchema } from './schedule-schema.ts';
import { browserTimeZone, timeZoneOptions } from './time-zones.ts';
import { useFinishSetup } from './use-finish-setup.ts';

const dayLabels: Record<Weekday, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
const dayOptions = weekdays.map((day) => ({ value: day, label: dayLabels[day] }));
const hourOptions = Array.from({ length: 24 }, (_, hour) => ({ value: String(hour), label: `${String(hour).padStart(2, '0')}:00` }));

/** Step 6: how often and when to post; saving it activates the brand. */
export function ScheduleStep({ brand, onSaved, onBack }: StepProps) {
  const saved = brand.preferences;
  const [postsPerWeek, setPostsPerWeek] = useState(String(saved?.postsPerWeek ?? 3));
  const [days, setDays] = useState<Weekday[]>(saved?.preferredDays ?? ['tue', 'thu']);
  const [hours, setHours] = useState<string[]>((saved?.preferredHours ?? [9, 13]).map(String));
  const [timeZone, setTimeZone] = useState(saved?.timeZone ?? browserTimeZone());
  const zones = useMemo(() => timeZoneOptions(timeZone), [timeZone]);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const isDraft = brand.status === 'draft';
  const finish = useFinishSetup(brand, onSaved);
  const errors = { ...finish.fieldErrors, ...clientErrors };

  function submit(): boolean {
    const result = validateForm(scheduleSchema, { preferences: { postsPerWeek, preferredDays: days, preferredHours: hours, timeZone } });
    setClientErrors(result.ok ? {} : result.errors);
    if (result.ok) finish.mutate(result.data);
    return result.ok;
  }

  return (
    <WizardStepForm
      title="Schedule"
      description="How often the brand posts and the times its audience is most likely to see it."
      brandId={brand.id}
      error={finish.error}
      shownFields={['preferences.postsPerWeek', 'preferences.preferredDays', 'preferences.preferredHours', 'preferences.timeZone']}
      saving={finish.isPending}
      onSubmit={submit}
      onBack={onBack}
      submitLabel={isDraft ? 'Finish setup' : 'Save changes'}
    >
      <TextField label="Posts per week" type="number" inputMode="numeric" min={1} max={100} value={postsPerWeek} onChange={setPostsPerWeek} error={errors['preferences.postsPerWeek']} className="max-w-40" />
      <CheckboxGroup legend="Preferred days" options={dayOptions} selected={days} onChange={setDays} error={errorFor(errors, 'preferences.preferredDays')} columnsClassName="grid-cols-2 sm:grid-cols-4" />
      <CheckboxGroup legend="Preferred hours" options={hourOptions} selected={hours} onChange={setHours} error={errorFor(errors, 'preferences.preferredHours')} columnsClassName="grid-cols-4 sm:grid-cols-6" />
      <SelectField label="Time zone" value={timeZone} onChange={setTimeZone} options={zones} error={errors['preferences.timeZone']} />
    </WizardStepForm>
  );
}
