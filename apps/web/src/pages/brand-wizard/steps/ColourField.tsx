import { useId } from 'react';
import { FieldError } from '../../../components/FieldError.tsx';
import { describedBy, inputClassName, labelClassName } from '../../../components/field-styles.ts';
import { hexColourPattern } from '../../../api/schemas/brand.ts';

interface ColourFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  optional?: boolean;
}

/** A colour as #RRGGBB text (typed or pasted from a style guide) with a native picker beside it. */
export function ColourField({ label, value, onChange, error, optional = false }: ColourFieldProps) {
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  // The picker only understands complete hex colours; while the text is half-typed it shows black.
  const pickerValue = hexColourPattern.test(value) ? value.toLowerCase() : '#000000';
  return (
    <div className="space-y-1">
      <label htmlFor={inputId} className={labelClassName}>
        {label}
      </label>
      <div className="flex items-center gap-2">
        <input
          type="color"
          aria-label={`${label} picker`}
          value={pickerValue}
          onChange={(event) => onChange(event.target.value)}
          className="h-9 w-12 shrink-0 cursor-pointer rounded border border-neutral-300 bg-white p-0.5"
        />
        <input
          id={inputId}
          value={value}
          onChange={(event) => onChange(event.target.value.trim())}
          placeholder="#RRGGBB"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hintId, error && errorId)}
          className={`${inputClassName} font-mono`}
        />
      </div>
      <p id={hintId} className={optional ? 'text-xs text-neutral-500' : 'sr-only'}>
        {optional ? 'Optional. ' : ''}A hex colour such as #1F6FEB.
      </p>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
