import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { z } from 'zod';
import { fieldErrorsOf, type FieldErrors } from '../../api/api-error.ts';
import type { Brand } from '../../api/schemas/brand.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { hintClassName, labelClassName } from '../../components/field-styles.ts';
import { requiredText } from '../../forms/common-schemas.ts';
import { focusFirstInvalid, validateForm } from '../../forms/validate.ts';

const importSchema = z.object({
  brandId: requiredText('Choose a brand.'),
  csv: requiredText('Choose a CSV file or paste its contents.'),
});

interface ImportFormProps {
  brands: Brand[];
  busy: boolean;
  error: unknown;
  onImport: (input: { brandId: string; csv: string }) => void;
}

/** The brand the posts are for, and the CSV: read from a file in the browser, or pasted. */
export function ImportForm({ brands, busy, error, onImport }: ImportFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const fileInputId = useId();
  const [brandId, setBrandId] = useState(brands.length === 1 ? (brands[0]?.id ?? '') : '');
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const errors = { ...fieldErrorsOf(error), ...clientErrors };

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    // Read here so the rows can be checked (and fixed) before anything is sent.
    setCsv(await file.text());
    setClientErrors(({ csv: _replaced, ...rest }) => rest);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateForm(importSchema, { brandId, csv });
    setClientErrors(result.ok ? {} : result.errors);
    if (!result.ok) return focusFirstInvalid(formRef.current);
    onImport({ brandId, csv });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Import posts" className="space-y-4">
      <FormAlert error={error} shownFields={['brandId', 'csv']} />
      <SelectField
        label="Brand"
        value={brandId}
        onChange={setBrandId}
        options={brands.map((brand) => ({ value: brand.id, label: brand.name }))}
        placeholder="Choose a brand"
        hint="Account handles and local times are read for this brand."
        error={errors.brandId}
        className="max-w-sm"
      />
      <div className="space-y-1">
        <label htmlFor={fileInputId} className={labelClassName}>
          CSV file
        </label>
        <input
          id={fileInputId}
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => void chooseFile(event)}
          aria-describedby={`${fileInputId}-hint`}
          className="block text-sm file:mr-3 file:rounded-md file:border file:border-neutral-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
        />
        <p id={`${fileInputId}-hint`} className={hintClassName}>
          {fileName ? `Read ${fileName}: its rows are below, where you can still change them.` : 'Or paste the rows below. The file is read in your browser and its rows shown below.'}
        </p>
      </div>
      <TextAreaField label="CSV" rows={8} value={csv} onChange={setCsv} error={errors.csv} placeholder="text,accounts,time,tags" spellCheck={false} />
      <Button type="submit" busy={busy} busyLabel="Importing…">
        Import posts
      </Button>
    </form>
  );
}
