import { useQuery } from '@tanstack/react-query';
import { listAbTests } from '../../api/ab-tests.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { AbTestCard } from './AbTestCard.tsx';
import { AnalyticsPanel } from './AnalyticsPanel.tsx';
import { EmptyPanelState } from './EmptyPanelState.tsx';
import { QueryContent } from './QueryContent.tsx';

/** The brand's A/B tests, each with its variants and the statistics' verdict. */
export function AbTestsPanel({ brandId, canDecide }: { brandId: string; canDecide: boolean }) {
  const tests = useQuery({ queryKey: queryKeys.abTests(brandId), queryFn: () => listAbTests(brandId) });
  return (
    <AnalyticsPanel title="A/B tests" description="2–4 variants of a post compared with a two-proportion test and the probability that each is best.">
      <QueryContent query={tests} loadingLabel="Loading A/B tests…">
        {(items) =>
          items.length === 0 ? (
            <EmptyPanelState title="No A/B tests for this brand yet.">
              A test compares 2–4 published variants of a post; its result appears here and says “No winner yet” until the difference is significant.
            </EmptyPanelState>
          ) : (
            <ul className="space-y-4">
              {items.map((detail) => (
                <li key={detail.test.id}>
                  <AbTestCard brandId={brandId} detail={detail} canDecide={canDecide} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryContent>
    </AnalyticsPanel>
  );
}
