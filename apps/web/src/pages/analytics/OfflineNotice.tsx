import type { ReactNode } from 'react';

/** An amber notice naming the offline part it explains, like the Trends page's offline notices. */
export function OfflineNotice({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section aria-label={label} className="rounded-md border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
      {children}
    </section>
  );
}
