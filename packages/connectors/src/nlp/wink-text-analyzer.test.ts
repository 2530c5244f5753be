import { describe, expect, it } from 'vitest';
import { sentimentLabel } from '@socialseed/core/trends/scoring/sentiment';
import { createWinkTextAnalyzer } from './wink-text-analyzer';

const analyzer = createWinkTextAnalyzer();

describe('wink text analyzer', () => {
  it('returns lower-case lemmas of the content words and numbers, in order', () => {
    expect(analyzer.analyze('The Startups were building sustainable Payments in 2024!').lemmas).toEqual(['startup', 'build', 'sustainable', 'payment', '2024']);
    // Title Case headlines are lemmatized like prose, not kept as proper nouns.
    expect(analyzer.analyze('Banks Race To Offer Sustainable Finance Products').lemmas).toEqual(['bank', 'race', 'offer', 'sustainable', 'finance', 'product']);
  });

  it('drops stop words, punctuation, URLs and mentions, and keeps a hashtag’s word', () => {
    const { lemmas } = analyzer.analyze('This is what @bob said about it: https://example.com/post #Fintech');
    expect(lemmas).toEqual(['say', 'fintech']);
  });

  it('reads the sentiment sign of clearly positive, negative and neutral texts', () => {
    const positive = analyzer.analyze('I love this wonderful product, it is amazing!').sentiment;
    const negative = analyzer.analyze('This is a terrible, awful disaster.').sentiment;
    const neutral = analyzer.analyze('The meeting is on Tuesday at the office.').sentiment;
    expect(positive).toBeGreaterThan(0);
    expect(negative).toBeLessThan(0);
    expect(neutral).toBe(0);
    expect([positive, negative, neutral].map(sentimentLabel)).toEqual(['positive', 'negative', 'neutral']);
    expect(Math.abs(positive)).toBeLessThanOrEqual(1);
  });

  it('answers nothing for an empty text', () => {
    expect(analyzer.analyze('')).toEqual({ lemmas: [], sentiment: 0 });
  });
});
