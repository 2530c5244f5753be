import { useId, useState, type KeyboardEvent } from 'react';
import { FieldError } from './FieldError.tsx';
import { describedBy, hintClassName, inputClassName, labelClassName } from './field-styles.ts';

interface ChipInputProps {
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
  error?: string | undefined;
}

function splitEntries(text: string): string[] {
  return text.split(',').map((entry) => entry.trim()).filter(Boolean);
}

/** A list of short texts entered one by one: Enter, a comma or leaving the field adds them. */
export function ChipInput({ label, values, onChange, placeholder, error }: ChipInputProps) {
  const inputId = useId();
  const [draft, setDraft] = useState('');

  /** Adds the entries in `text` (skipping duplicates) and leaves `remainder` in the input. */
  function commit(text: string, remainder = '') {
    const fresh = splitEntries(text).filter((entry) => !values.some((value) => value.toLowerCase() === entry.toLowerCase()));
    if (fresh.length > 0) onChange([...values, ...new Set(fresh)]);
    setDraft(remainder);
  }

  function onType(text: string) {
    // A pasted "CFO, CTO, Head of" adds the finished entries and keeps the unfinished last one.
    const lastComma = text.lastIndexOf(',');
    if (lastComma === -1) setDraft(text);
    else commit(text.slice(0, lastComma), text.slice(lastComma + 1).trimStart());
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter would submit the step; with text typed it means "add this" instead.
    if ((event.key === 'Enter' || event.key === ',') && draft.trim()) {
      event.preventDefault();
      commit(draft);
    } else if (event.key === 'Backspace' && draft === '' && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  }

  return (
    <div className="space-y-1">
      <label htmlFor={inputId} className={labelClassName}>
        {label}
      </label>
      {values.length > 0 && (
        <ul aria-label={`${label} added`} className="flex flex-wrap gap-1.5">
          {values.map((value) => (
            <li key={value} className="flex items-center gap-1 rounded-full bg-neutral-100 py-0.5 pl-2.5 pr-1 text-sm text-neutral-800">
              {value}
              <button
                type="button"
                onClick={() => onChange(values.filter((other) => other !== value))}
                aria-label={`Remove ${value}`}
                className="grid size-5 place-items-center rounded-full text-neutral-500 hover:bg-neutral-200"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={inputId}
        value={draft}
        placeholder={placeholder}
        onChange={(event) => onType(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => commit(draft)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${inputId}-hint`, error && `${inputId}-error`)}
        className={inputClassName}
      />
      <p id={`${inputId}-hint`} className={hintClassName}>
        Press Enter or type a comma after each one.
      </p>
      <FieldError id={`${inputId}-error`} message={error} />
    </div>
  );
}
