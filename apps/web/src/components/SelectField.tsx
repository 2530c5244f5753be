import { useId, type SelectHTMLAttributes } from 'react';
import { FieldError } from './FieldError.tsx';
import { describedBy, hintClassName, inputClassName, labelClassName } from './field-styles.ts';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange'> {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  error?: string | undefined;
  /** Shown first with an empty value, for selects that start unanswered. */
  placeholder?: string;
  /** Hides the label visually (still read by screen readers), for compact table rows. */
  hideLabel?: boolean;
  hint?: string;
}

export function SelectField({ label, value, options, onChange, error, placeholder, hideLabel = false, hint, id, className = '', ...rest }: SelectFieldProps) {
  const generatedId = useId();
  const selectId = id ?? generatedId;
  const errorId = `${selectId}-error`;
  const hintId = `${selectId}-hint`;
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={selectId} className={hideLabel ? 'sr-only' : labelClassName}>
        {label}
      </label>
      <select
        id={selectId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId, error && errorId)}
        className={inputClassName}
        {...rest}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={hintId} className={hintClassName}>
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
