import { useId, type ReactNode } from 'react';

interface AnalyticsPanelProps {
  title: string;
  description?: string;
  /** Controls beside the heading (a metric picker, a button). */
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** One titled card of the dashboard; the heading names the region for screen-reader navigation. */
export function AnalyticsPanel({ title, description, actions, className = '', children }: AnalyticsPanelProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={`min-w-0 rounded-lg border border-neutral-200 bg-white p-5 shadow-sm ${className}`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={headingId} className="text-base font-semibold text-neutral-900">
            {title}
          </h2>
          {description && <p className="mt-1 text-sm text-neutral-600">{description}</p>}
        </div>
        {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
      </div>
      <div className="mt-4">{children}</div>
    </section>
  );
}
