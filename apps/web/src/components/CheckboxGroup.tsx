import { useId } from 'react';
import { FieldError } from './FieldError.tsx';

interface CheckboxGroupProps<Value extends string> {
  legend: string;
  options: readonly { value: Value; label: string }[];
  selected: readonly Value[];
  onChange: (selected: Value[]) => void;
  error?: string | undefined;
  columnsClassName?: string;
  disabled?: boolean;
}

/** A fieldset of checkboxes choosing several values; keeps the options' order in the result. */
export function CheckboxGroup<Value extends string>({ legend, options, selected, onChange, error, columnsClassName = 'grid-cols-2 sm:grid-cols-3', disabled = false }: CheckboxGroupProps<Value>) {
  const groupId = useId();
  const errorId = `${groupId}-error`;
  function toggle(value: Value, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(options.map((option) => option.value).filter((optionValue) => next.has(optionValue)));
  }
  return (
    <fieldset className="space-y-2 disabled:opacity-60" disabled={disabled} aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-neutral-800">{legend}</legend>
      <div className={`grid gap-2 ${columnsClassName}`}>
        {options.map((option) => {
          const inputId = `${groupId}-${option.value}`;
          return (
            <div key={option.value} className="flex items-center gap-2">
              <input
                id={inputId}
                type="checkbox"
                checked={selected.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
                className="size-4 rounded border-neutral-300 accent-accent-700"
              />
              <label htmlFor={inputId} className="text-sm text-neutral-800">
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
