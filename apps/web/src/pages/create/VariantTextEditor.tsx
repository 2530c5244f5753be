import { useId } from 'react';
import type { Platform } from '../../api/schemas/social-account.ts';
import { inputClassName, labelClassName } from '../../components/field-styles.ts';
import { platformShortNames } from '../../components/platform-labels.ts';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';
import { useLengthCheck } from '../compose/use-length-check.ts';

/**
 * The variant's text, editable in place, with the composer's live counter: the server's count
 * for the platform once typing settles, the browser's estimate meanwhile.
 */
export function VariantTextEditor({ label, platform, text, onChange }: { label: string; platform: Platform; text: string; onChange: (text: string) => void }) {
  const inputId = useId();
  const settledText = useDebouncedValue(text);
  const check = useLengthCheck(platform, '', settledText, text);
  const over = check.length !== undefined && check.limit !== undefined && check.length > check.limit;
  return (
    <div className="space-y-1">
      <label htmlFor={inputId} className={labelClassName}>
        {label}
      </label>
      <textarea id={inputId} rows={8} value={text} onChange={(event) => onChange(event.target.value)} aria-describedby={`${inputId}-count`} className={inputClassName} />
      <p id={`${inputId}-count`} aria-label={`${label} length`} className={over ? 'text-xs font-medium text-red-700' : 'text-xs text-neutral-600'}>
        {check.length === undefined || check.limit === undefined ? (
          <>{platformShortNames[platform]} · counted by the server</>
        ) : (
          <span className="tabular-nums">
            {platformShortNames[platform]} {check.length}/{check.limit}
            {over && <> · {check.length - check.limit} over the limit</>}
            {check.estimated && <span className="font-normal text-neutral-500"> · estimated</span>}
          </span>
        )}
      </p>
      {check.issues.map((issue) => (
        <p key={issue} className="text-xs text-red-700">
          {issue}
        </p>
      ))}
    </div>
  );
}
