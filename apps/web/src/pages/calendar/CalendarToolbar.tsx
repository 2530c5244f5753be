import { Button } from '../../components/Button.tsx';
import type { CalendarView } from './calendar-dates.ts';

interface CalendarToolbarProps {
  view: CalendarView;
  title: string;
  onViewChange: (view: CalendarView) => void;
  onStep: (direction: 1 | -1) => void;
  onToday: () => void;
}

const views: { value: CalendarView; label: string }[] = [
  { value: 'month', label: 'Month' },
  { value: 'week', label: 'Week' },
];

export function CalendarToolbar({ view, title, onViewChange, onStep, onToday }: CalendarToolbarProps) {
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
      <div className="flex items-center gap-2">
        <Button variant="secondary" onClick={() => onStep(-1)}>
          <span aria-hidden="true">‹</span>
          <span className="sr-only">Previous {view}</span>
        </Button>
        <Button variant="secondary" onClick={onToday}>
          Today
        </Button>
        <Button variant="secondary" onClick={() => onStep(1)}>
          <span aria-hidden="true">›</span>
          <span className="sr-only">Next {view}</span>
        </Button>
        <h2 aria-live="polite" className="ml-2 text-lg font-semibold text-neutral-900">
          {title}
        </h2>
      </div>
      <div role="group" aria-label="View" className="inline-flex rounded-md shadow-sm">
        {views.map((option, index) => (
          <button
            key={option.value}
            type="button"
            aria-pressed={view === option.value}
            onClick={() => onViewChange(option.value)}
            className={`border border-neutral-300 px-3 py-2 text-sm font-medium ${index === 0 ? 'rounded-l-md' : '-ml-px rounded-r-md'} ${
              view === option.value ? 'bg-accent-700 text-white' : 'bg-white text-neutral-800 hover:bg-neutral-50'
            }`}
          >
            {option.label}
          </button>
        ))}
      </div>
    </div>
  );
}
