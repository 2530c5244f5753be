import type { ContentFormat } from '../../ai/content-types';
import { platformLabels, type Platform } from '../../publishing/platforms';
import type { SkipRule, TrendDecision, TrendScoreComponents } from './trend-score';

const formatNames: Record<ContentFormat, string> = { single: 'a single post', thread: 'a thread', carousel: 'a carousel', story_caption: 'a story caption' };

const two = (value: number) => value.toFixed(2);

export interface TrendReasonInput {
  components: TrendScoreComponents;
  final: number;
  decision: TrendDecision;
  skip: SkipRule | null;
  matchedPillar: string | null;
  suggested: { platform: Platform; format: ContentFormat } | null;
}

function relevancePhrase(input: TrendReasonInput): string {
  const relevance = two(input.components.relevance);
  return input.matchedPillar ? `relevance ${relevance} to “${input.matchedPillar}”` : `relevance ${relevance}`;
}

/** One line a person can read: the decision, the deciding numbers, and what to post. */
export function describeTrendDecision(input: TrendReasonInput): string {
  const { components } = input;
  if (input.skip === 'low-relevance') return `Skipped: ${relevancePhrase(input)} is at or below 0.30 — too far from the brand's pillars.`;
  if (input.skip === 'outside-industry') return `Skipped: outside the brand's industry and ${relevancePhrase(input)} is below 0.50.`;
  if (input.skip === 'low-opportunity') return `Skipped: opportunity ${two(components.opportunity)} is at or below 0.30 — too little attention or momentum.`;
  const label = input.decision === 'recommended' ? 'Recommended' : 'Watchlist';
  const suggestion = input.suggested ? `; best as ${formatNames[input.suggested.format]} on ${platformLabels[input.suggested.platform]}` : '';
  return `${label} (score ${two(input.final)}): ${relevancePhrase(input)}, opportunity ${two(components.opportunity)}, format fit ${two(components.format)}${suggestion}.`;
}
