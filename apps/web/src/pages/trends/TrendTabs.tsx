import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { TrendDecision } from '../../api/schemas/trend.ts';

interface TrendTabsProps {
  current: TrendDecision;
  counts: Record<TrendDecision, number>;
  onChange: (decision: TrendDecision) => void;
  /** The selected tab's content, rendered inside its tabpanel. */
  children: ReactNode;
}

const tabs: readonly { decision: TrendDecision; label: string }[] = [
  { decision: 'recommended', label: 'Recommended' },
  { decision: 'watchlist', label: 'Watchlist' },
];

const tabId = (decision: TrendDecision) => `trend-tab-${decision}`;
const panelId = (decision: TrendDecision) => `trend-panel-${decision}`;

/**
 * The two lists as an ARIA tablist: arrow keys, Home and End move between tabs (and select them,
 * as there are only two and both are already loaded); Tab moves on into the panel.
 */
export function TrendTabs({ current, counts, onChange, children }: TrendTabsProps) {
  const tabRefs = useRef(new Map<TrendDecision, HTMLButtonElement>());

  function select(index: number) {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    onChange(tab.decision);
    tabRefs.current.get(tab.decision)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(target);
  }

  return (
    <div>
      <div role="tablist" aria-label="Trend lists" className="mb-4 flex gap-1 border-b border-neutral-200">
        {tabs.map((tab, index) => {
          const selected = tab.decision === current;
          return (
            <button
              key={tab.decision}
              ref={(element) => {
                if (element) tabRefs.current.set(tab.decision, element);
                else tabRefs.current.delete(tab.decision);
              }}
              id={tabId(tab.decision)}
              type="button"
              role="tab"
              aria-selected={selected}
              aria-controls={selected ? panelId(tab.decision) : undefined}
              tabIndex={selected ? 0 : -1}
              onClick={() => onChange(tab.decision)}
              onKeyDown={(event) => onKeyDown(event, index)}
              className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${selected ? 'border-accent-700 text-accent-800' : 'border-transparent text-neutral-600 hover:text-neutral-900'}`}
            >
              {tab.label} <span className="text-neutral-500">({counts[tab.decision]})</span>
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={panelId(current)} aria-labelledby={tabId(current)} tabIndex={0}>
        {children}
      </div>
    </div>
  );
}
