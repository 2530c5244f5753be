import { useId } from 'react';
import type { AvailableTrendSource, TrendSourceId } from '../../api/schemas/trend.ts';
import { FieldError } from '../../components/FieldError.tsx';
import { capitalise } from '../../components/labels.ts';
import { sourceLabels, unavailableReason } from './trend-labels.ts';

interface SourceTogglesProps {
  available: readonly AvailableTrendSource[];
  selected: Partial<Record<TrendSourceId, boolean>>;
  onChange: (source: TrendSourceId, followed: boolean) => void;
  error: string | undefined;
}

/**
 * One checkbox per source. Sources this installation has no key for are shown unchecked and
 * disabled with the reason, so nobody wonders why ticking them would change nothing.
 */
export function SourceToggles({ available, selected, onChange, error }: SourceTogglesProps) {
  const groupId = useId();
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${groupId}-error` : undefined}>
      <legend className="text-sm font-medium text-neutral-800">Sources this brand follows</legend>
      <ul className="grid gap-2 sm:grid-cols-2">
        {available.map((source) => {
          const inputId = `${groupId}-${source.id}`;
          const hintId = `${inputId}-hint`;
          return (
            <li key={source.id} className="flex items-start gap-2">
              <input
                id={inputId}
                type="checkbox"
                checked={source.configured && selected[source.id] === true}
                disabled={!source.configured}
                onChange={(event) => onChange(source.id, event.target.checked)}
                aria-describedby={source.configured ? undefined : hintId}
                className="mt-0.5 size-4 rounded border-neutral-300 accent-accent-700"
              />
              <span>
                <label htmlFor={inputId} className={`text-sm ${source.configured ? 'text-neutral-800' : 'text-neutral-500'}`}>
                  {sourceLabels[source.id]}
                </label>
                {!source.configured && (
                  <span id={hintId} className="block text-xs text-neutral-500">
                    {capitalise(unavailableReason(source.id))}.
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <FieldError id={`${groupId}-error`} message={error} />
    </fieldset>
  );
}
