import { compareVariants } from '../learning/ab-statistics';
import type { AbTestRecord, VariantTotals } from '../ports/ab-test-repositories';
import type { Repositories } from '../ports/repositories';
import { VARIANT_LABELS, type AbTestResult, type AbTestVariantView, type AbTestView } from './ab-test';

export const NO_WINNER_YET = 'No winner yet';

const excerptOf = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
};

const formatP = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`);

/** Rounded down, and above 99% written "> 99%": a probability to beat is never a certain 100%. */
const formatProbability = (probability: number) => (probability > 0.99 ? '> 99%' : `${Math.floor(probability * 100 + 1e-9)}%`);

/**
 * A test with its variants' engagement and the comparison at the test's own level. Interactions
 * are the successes and impressions the trials; interactions beyond the impressions (estimated
 * impressions can be low) are capped so the statistics stay proportions. A deleted post is an
 * empty variant.
 */
export function abTestView(test: AbTestRecord, posts: Array<{ id: string; text: string }>, totals: VariantTotals[]): AbTestView {
  const variants: AbTestVariantView[] = test.postIds.map((postId, index) => {
    const counts = totals.find((entry) => entry.postId === postId);
    const impressions = counts?.impressions ?? 0;
    const interactions = counts?.interactions ?? 0;
    const post = posts.find((candidate) => candidate.id === postId);
    return {
      postId,
      label: VARIANT_LABELS[index] ?? String(index + 1),
      excerpt: post ? excerptOf(post.text) : '(deleted post)',
      impressions,
      interactions,
      rate: impressions > 0 ? interactions / impressions : null,
    };
  });
  const comparison = compareVariants(
    variants.map((variant) => ({ trials: variant.impressions, successes: Math.min(variant.interactions, variant.impressions) })),
    test.significanceLevel,
  );
  const winner = comparison.winnerIndex === null ? null : (variants[comparison.winnerIndex] ?? null);
  const result: AbTestResult = {
    winnerPostId: winner?.postId ?? null,
    pValue: comparison.pValue,
    probabilities: comparison.probabilities,
    significant: comparison.significant,
    message:
      winner && comparison.pValue !== null
        ? `Variant ${winner.label} wins (${formatP(comparison.pValue)}, ${formatProbability(comparison.probabilities[comparison.winnerIndex ?? 0] ?? 0)} probability to beat the rest)`
        : NO_WINNER_YET,
  };
  return {
    test: {
      id: test.id,
      brandId: test.brandId,
      name: test.name,
      status: test.status,
      significanceLevel: test.significanceLevel,
      decidedPostId: test.decidedPostId,
      decidedAt: test.decidedAt,
      createdAt: test.createdAt,
    },
    variants,
    result,
  };
}

/** Views of several tests with two reads in all: their posts and their engagement totals. */
export async function viewsOf(repos: Pick<Repositories, 'abTests'>, organizationId: string, tests: AbTestRecord[]): Promise<AbTestView[]> {
  const postIds = [...new Set(tests.flatMap((test) => test.postIds))];
  const [posts, totals] = await Promise.all([repos.abTests.postsOf(organizationId, postIds), repos.abTests.variantTotals(organizationId, postIds)]);
  return tests.map((test) => abTestView(test, posts, totals));
}
