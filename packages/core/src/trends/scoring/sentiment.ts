export type SentimentLabel = 'positive' | 'neutral' | 'negative';

/**
 * Scores strictly inside ±0.05 read as neutral: VADER's convention for its compound score, which
 * wink-nlp's −1…+1 sentiment resembles — a single mild word ("fine", "issue") should not flip a
 * news story's label.
 */
export const NEUTRAL_SENTIMENT_BAND = 0.05;

export function sentimentLabel(score: number): SentimentLabel {
  if (Number.isNaN(score)) return 'neutral';
  if (score >= NEUTRAL_SENTIMENT_BAND) return 'positive';
  if (score <= -NEUTRAL_SENTIMENT_BAND) return 'negative';
  return 'neutral';
}
