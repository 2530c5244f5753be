import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { focusFirstInvalid } from '../../forms/validate.ts';
import { BrandFieldName } from './BrandFieldName.tsx';

interface WizardStepFormProps {
  title: string;
  description: string;
  brandId: string | undefined;
  /** Server error of the last save, listed above the form where no input shows it. */
  error: unknown;
  shownFields: readonly string[];
  saving: boolean;
  /** Returns false when client-side validation failed, so focus can move to the first problem. */
  onSubmit: () => boolean;
  onBack?: (() => void) | undefined;
  submitLabel?: string;
  children: ReactNode;
}

/** Shared frame of every wizard step: heading, error summary, fields, Back and Next. */
export function WizardStepForm({ title, description, brandId, error, shownFields, saving, onSubmit, onBack, submitLabel = 'Next', children }: WizardStepFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // A new step replaces the form; moving focus to its heading tells screen-reader users where they are.
    headingRef.current?.focus();
  }, []);

  useEffect(() => {
    if (error) focusFirstInvalid(formRef.current);
  }, [error]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!onSubmit()) focusFirstInvalid(formRef.current);
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-6 rounded-lg border border-neutral-200 bg-white p-6 shadow-sm">
      <div>
        <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold text-neutral-900">
          {title}
        </h2>
        <p className="mt-1 text-sm text-neutral-600">{description}</p>
      </div>
      <FormAlert error={error} shownFields={shownFields} describeField={(field) => <BrandFieldName brandId={brandId} field={field} />} />
      {children}
      <div className="flex justify-between border-t border-neutral-200 pt-4">
        {onBack ? (
          <Button variant="secondary" onClick={onBack}>
            Back
          </Button>
        ) : (
          <span />
        )}
        <Button type="submit" busy={saving} busyLabel="Saving…">
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
