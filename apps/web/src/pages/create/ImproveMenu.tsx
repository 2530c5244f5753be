import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { improveContent } from '../../api/ai.ts';
import type { ImproveInput } from '../../api/schemas/ai.ts';
import { tones } from '../../api/schemas/brand.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { capitalise } from '../../components/labels.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { improveActions } from './studio-options.ts';

interface ImproveMenuProps {
  label: string;
  request: Pick<ImproveInput, 'brandId' | 'platform' | 'text'>;
  /** Receives the rewritten text and who wrote it (a provider, or the templates). */
  onImproved: (text: string, by: { tier: string; provider: string; model: string }) => void;
}

/** Rewrites the variant's current text: shorter, longer, grammar fixed, another tone, hashtags added. */
export function ImproveMenu({ label, request, onImproved }: ImproveMenuProps) {
  const [tone, setTone] = useState<string>(tones[0]);
  const mutation = useMutation({
    mutationFn: (options: Pick<ImproveInput, 'operation' | 'tone'>) => improveContent({ ...request, ...options }),
    onSuccess: (result) => onImproved(result.text, result),
  });
  const busy = mutation.isPending;
  return (
    <details className="rounded-md border border-neutral-200 p-2 text-sm">
      <summary className="cursor-pointer font-medium text-neutral-800">
        Improve<span className="sr-only"> {label}</span>
      </summary>
      <div className="mt-2 space-y-2">
        <FormAlert error={mutation.error} />
        <div className="flex flex-wrap gap-2">
          {improveActions.map((action) => (
            <Button key={action.operation} variant="secondary" disabled={busy} onClick={() => mutation.mutate({ operation: action.operation })}>
              {action.label}
            </Button>
          ))}
        </div>
        <div className="flex items-end gap-2">
          <SelectField label="New tone" value={tone} onChange={setTone} options={tones.map((value) => ({ value, label: capitalise(value) }))} />
          <Button variant="secondary" disabled={busy} onClick={() => mutation.mutate({ operation: 'tone', tone })}>
            Change tone
          </Button>
        </div>
        {busy && <p className="text-xs text-neutral-600">Rewriting…</p>}
      </div>
    </details>
  );
}
