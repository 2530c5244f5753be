import { Button } from '../../../components/Button.tsx';
import { TextField } from '../../../components/TextField.tsx';
import type { FieldErrors } from '../../../api/api-error.ts';
import { maxPillars } from '../brand-limits.ts';

interface PillarListProps {
  pillars: string[];
  onChange: (pillars: string[]) => void;
  errors: FieldErrors;
}

/** Up to five content pillars: the recurring themes every post should serve. */
export function PillarList({ pillars, onChange, errors }: PillarListProps) {
  const update = (index: number, value: string) => onChange(pillars.map((pillar, at) => (at === index ? value : pillar)));
  const remove = (index: number) => onChange(pillars.filter((_, at) => at !== index));
  const atLimit = pillars.length >= maxPillars;
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-neutral-800">Content pillars</legend>
      <p id="pillars-hint" className="text-xs text-neutral-500">
        The themes your posts come back to, e.g. “Personal finance tips”. Up to {maxPillars}.
      </p>
      {errors.pillars && (
        <p role="alert" className="text-sm text-red-700">
          {errors.pillars}
        </p>
      )}
      {pillars.map((pillar, index) => (
        <div key={index} className="flex items-start gap-2">
          <TextField
            className="flex-1"
            label={`Pillar ${index + 1}`}
            value={pillar}
            onChange={(value) => update(index, value)}
            error={errors[`pillars.${index}`]}
          />
          <Button variant="ghost" className="mt-6" onClick={() => remove(index)} disabled={pillars.length === 1} aria-label={`Remove pillar ${index + 1}`}>
            Remove
          </Button>
        </div>
      ))}
      <Button variant="secondary" onClick={() => onChange([...pillars, ''])} disabled={atLimit} aria-describedby="pillars-hint">
        Add pillar
      </Button>
      {atLimit && <p className="text-xs text-neutral-500">You have reached the limit of {maxPillars} pillars.</p>}
    </fieldset>
  );
}
