import { useId, type TextareaHTMLAttributes } from 'react';
import { FieldError } from './FieldError.tsx';
import { describedBy, inputClassName, labelClassName } from './field-styles.ts';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

export function TextAreaField({ label, value, onChange, error, id, rows = 3, ...rest }: TextAreaFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const errorId = `${inputId}-error`;
  return (
    <div className="space-y-1">
      <label htmlFor={inputId} className={labelClassName}>
        {label}
      </label>
      <textarea
        id={inputId}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && errorId)}
        className={inputClassName}
        {...rest}
      />
      <FieldError id={errorId} message={error} />
    </div>
  );
}
