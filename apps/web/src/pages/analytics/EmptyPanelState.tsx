import type { ReactNode } from 'react';

/** Why a panel has nothing to show yet, in place of an empty chart. */
export function EmptyPanelState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-md border border-dashed border-neutral-300 px-4 py-8 text-center">
      <p className="text-sm font-medium text-neutral-900">{title}</p>
      {children && <div className="mx-auto mt-1 max-w-md text-sm text-neutral-600">{children}</div>}
    </div>
  );
}
