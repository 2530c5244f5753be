import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getStudioSuggestion, type StudioSuggestion } from '../../api/studio-suggestion.ts';
import type { Platform } from '../../api/schemas/social-account.ts';
import { capitalise } from '../../components/labels.ts';
import { formatOptions } from './studio-options.ts';

interface LearnerSuggestionProps {
  brandId: string;
  platform: Platform;
  trendId: string | null | undefined;
  /** Applies the suggestion to the form. */
  onUse: (suggestion: StudioSuggestion) => void;
  /** Apply it without a click (while the person has not chosen a tone or format themselves). */
  autoApply: boolean;
}

/** What the learner proposes for this brand and network, and why ("provocative threads earned 2.3× …"). */
export function LearnerSuggestion({ brandId, platform, trendId, onUse, autoApply }: LearnerSuggestionProps) {
  const query = useQuery({ queryKey: ['learning', 'suggestion', brandId, platform, trendId ?? ''], queryFn: () => getStudioSuggestion(brandId, platform, trendId ?? undefined), enabled: Boolean(brandId) });
  const suggestion = query.data;
  useEffect(() => {
    if (suggestion?.source === 'learner' && autoApply) onUse(suggestion);
    // Only a new suggestion is applied; the callbacks change every render.
  }, [suggestion]);
  if (!suggestion) return null;
  const formatLabel = formatOptions.find((option) => option.value === suggestion.format)?.label ?? suggestion.format;
  return (
    <div className="sm:col-span-2 rounded-md border border-accent-200 bg-accent-50 p-3 text-sm" role="note" aria-label="Suggested tone and format">
      <p className="font-medium text-slate-900">
        Suggested: {suggestion.tone ? capitalise(suggestion.tone) : 'the brand’s tone'} · {formatLabel}
      </p>
      <p className="text-slate-700">{suggestion.reason}</p>
      {suggestion.source === 'learner' ? (
        <button type="button" className="mt-1 font-medium text-accent-700 hover:underline" onClick={() => onUse(suggestion)}>
          Use suggestion
        </button>
      ) : null}
    </div>
  );
}
