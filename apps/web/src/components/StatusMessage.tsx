import type { ReactNode } from 'react';

/** A polite confirmation ("Saved") that screen readers announce without interrupting. */
export function StatusMessage({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <p role="status" className="rounded-md border border-accent-100 bg-accent-50 p-3 text-sm text-accent-800">
      {children}
    </p>
  );
}
