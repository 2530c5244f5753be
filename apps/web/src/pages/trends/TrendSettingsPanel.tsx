import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { queryKeys } from '../../api/query-keys.ts';
import { getTrendSettings } from '../../api/trends.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { TrendSettingsForm } from './TrendSettingsForm.tsx';

/** The brand's trend sources, folded away until asked for: most visits are about the trends. */
export function TrendSettingsPanel({ brandId, editable }: { brandId: string; editable: boolean }) {
  const [open, setOpen] = useState(false);
  const contentId = useId();
  const settings = useQuery({ queryKey: queryKeys.trendSettings(brandId), queryFn: () => getTrendSettings(brandId), enabled: open });
  return (
    <section aria-label="Sources" className="rounded-lg border border-neutral-200 bg-white shadow-sm">
      <h2>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={contentId}
          onClick={() => setOpen((current) => !current)}
          className="flex w-full items-center justify-between px-5 py-4 text-left text-base font-semibold text-neutral-900"
        >
          Sources
          <span aria-hidden="true" className={`text-neutral-500 transition-transform ${open ? 'rotate-90' : ''}`}>
            ›
          </span>
        </button>
      </h2>
      {open && (
        <div id={contentId} className="space-y-4 border-t border-neutral-200 px-5 py-4">
          {settings.isPending && <LoadingState label="Loading the brand’s sources…" />}
          {settings.isError && <FormAlert error={settings.error} />}
          {/* Keyed by brand so switching brands starts from that brand's saved settings. */}
          {settings.data && <TrendSettingsForm key={brandId} brandId={brandId} initial={settings.data} editable={editable} />}
        </div>
      )}
    </section>
  );
}
