import { minimumVoiceSamples } from '../brand-limits.ts';

/** "3 of 5 minimum", announced politely as samples are filled in. */
export function VoiceSampleCounter({ filled, error }: { filled: number; error: string | undefined }) {
  const enough = filled >= minimumVoiceSamples;
  return (
    <div>
      <p aria-live="polite" className={`text-sm font-medium ${enough ? 'text-accent-700' : 'text-neutral-700'}`}>
        {filled} of {minimumVoiceSamples} minimum
      </p>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
