import type { AbResult, AbVariant } from '../../api/schemas/ab-test.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { TextLink } from '../../components/TextLink.tsx';
import { formatCount, formatRate } from './analytics-format.ts';
import { formatPercentLevel } from './ab-test-labels.ts';

/**
 * A variant nobody has seen yet has only its flat prior, which can read as a high chance to be
 * best: it is shown as not measured rather than as a number.
 */
function chanceToBeBest(variant: AbVariant, probability: number | undefined) {
  if (!variant.impressions) return <span className="text-neutral-500">Not measured yet</span>;
  return probability === undefined ? '—' : formatPercentLevel(probability);
}

/** The variants side by side: reach, interactions, rate and the chance each is the best. */
export function AbVariantsTable({ variants, result, testName }: { variants: readonly AbVariant[]; result: AbResult; testName: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="sr-only">Variants of {testName}</caption>
        <thead className="border-b border-neutral-200 text-xs text-neutral-600">
          <tr>
            <th scope="col" className="py-2 pr-3 text-left font-medium">
              Variant
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Impressions
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Interactions
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Rate
            </th>
            <th scope="col" className="py-2 pl-3 text-right font-medium">
              Chance to be best
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-neutral-100">
          {variants.map((variant, index) => (
            <tr key={variant.postId}>
              <th scope="row" className="max-w-xs py-2 pr-3 text-left font-normal">
                <span className="mr-2 font-semibold text-neutral-900">{variant.label}</span>
                <TextLink to={`/posts/${encodeURIComponent(variant.postId)}`}>{variant.excerpt || 'Untitled post'}</TextLink>
                {variant.label === 'A' && <span className="ml-2 text-xs text-neutral-500">(control)</span>}
                {result.significant && result.winnerPostId === variant.postId && (
                  <span className="ml-2">
                    <StatusBadge label="Winner" tone="active" />
                  </span>
                )}
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{formatCount(variant.impressions)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatCount(variant.interactions)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatRate(variant.rate)}</td>
              <td className="py-2 pl-3 text-right tabular-nums">{chanceToBeBest(variant, result.probabilities[index])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
