import type { ReactNode } from 'react';
import { Logo } from './Logo.tsx';

/** The centred card used by every page a logged-out person sees. */
export function AuthLayout({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <Logo />
      <main className="mt-6 w-full max-w-md rounded-xl border border-neutral-200 bg-white p-8 shadow-sm">
        <h1 className="text-xl font-semibold text-neutral-900">{title}</h1>
        {description && <p className="mt-1 text-sm text-neutral-600">{description}</p>}
        <div className="mt-6">{children}</div>
      </main>
    </div>
  );
}
