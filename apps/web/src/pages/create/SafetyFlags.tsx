import type { SafetyVerdict } from '../../api/schemas/ai.ts';
import { capitalise } from '../../components/labels.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';

/** Brand safety's verdict: a badge, and for an unsafe text each reason it was flagged. */
export function SafetyFlags({ verdict, editedClean }: { verdict: SafetyVerdict; editedClean: boolean }) {
  if (verdict.safe) return <StatusBadge label="Brand safe" tone="active" />;
  return (
    <div className="space-y-1 rounded-md border border-red-200 bg-red-50 p-2 text-xs text-red-800">
      <StatusBadge label="Unsafe" tone="danger" />
      <ul aria-label="Safety flags" className="list-inside list-disc">
        {verdict.flags.map((flag) => (
          <li key={`${flag.category}-${flag.term ?? ''}-${flag.reason}`}>
            {capitalise(flag.category.replace('_', ' '))}: {flag.reason}
            {flag.term && <> (“{flag.term}”)</>}
          </li>
        ))}
      </ul>
      <p>{editedClean ? 'Edited: the server checks the text again when you save.' : 'Edit the flagged text before submitting it for approval.'}</p>
    </div>
  );
}
