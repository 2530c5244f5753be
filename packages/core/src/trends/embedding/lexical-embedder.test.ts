import { describe, expect, it } from 'vitest';
import type { TextAnalyzer } from '../../ports/text-analyzer';
import type { Embedding } from '../../ports/text-embedder';
import { sparseCosine } from '../scoring/similarity';
import { fnv1a32 } from './fnv1a';
import { createLexicalEmbedder, LEXICAL_BUCKETS, lexicalEmbedding } from './lexical-embedder';
import { CHAR_GRAM_WEIGHT, LEMMA_WEIGHT } from './lexical-features';

/** Each whitespace-separated word is a lemma. */
const wordsAnalyzer: TextAnalyzer = { analyze: (text) => ({ lemmas: text.toLowerCase().split(/\s+/).filter(Boolean), sentiment: 0 }) };

function asSparse(embedding: Embedding | undefined): Extract<Embedding, { kind: 'sparse' }> {
  if (embedding?.kind !== 'sparse') throw new Error('expected a sparse embedding');
  return embedding;
}

describe('fnv1a32', () => {
  it('matches the reference FNV-1a 32-bit values', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });
});

describe('lexical embedder', () => {
  it('is the offline model lexical-v1 with a documented similarity range', () => {
    const embedder = createLexicalEmbedder(wordsAnalyzer);
    expect(embedder.model).toBe('lexical-v1');
    expect(embedder.similarityRange).toEqual({ floor: 0, ceiling: 0.5 });
  });

  it('hashes a lemma and its boundary-marked 4-grams into sorted unique buckets', () => {
    // "tea" → lemma + "^tea$" → grams "^tea", "tea$": three features.
    const vector = lexicalEmbedding(wordsAnalyzer, 'tea');
    expect(vector.indices).toHaveLength(3);
    expect([...vector.indices].sort((a, b) => a - b)).toEqual(vector.indices);
    expect(new Set(vector.indices).size).toBe(vector.indices.length);
    expect(vector.indices.every((index) => Number.isInteger(index) && index >= 0 && index < LEXICAL_BUCKETS)).toBe(true);
    expect([...vector.values].sort()).toEqual([CHAR_GRAM_WEIGHT, CHAR_GRAM_WEIGHT, LEMMA_WEIGHT].sort());
  });

  it('uses sublinear term frequency: 1 + ln(tf)', () => {
    const once = lexicalEmbedding(wordsAnalyzer, 'tea');
    const thrice = lexicalEmbedding(wordsAnalyzer, 'tea tea tea');
    expect(thrice.indices).toEqual(once.indices);
    thrice.values.forEach((value, i) => expect(value).toBeCloseTo((once.values[i] ?? 0) * (1 + Math.log(3)), 12));
  });

  it('is deterministic and embeds an empty text as an empty vector', async () => {
    const embedder = createLexicalEmbedder(wordsAnalyzer);
    const [first, again, empty] = await embedder.embed(['green bonds', 'green bonds', '']);
    expect(first).toEqual(again);
    expect(empty).toEqual({ kind: 'sparse', indices: [], values: [] });
  });

  it('lets related word forms overlap through character grams', async () => {
    const embedder = createLexicalEmbedder(wordsAnalyzer);
    const [sustainable, sustainability, football] = (await embedder.embed(['sustainable', 'sustainability', 'football'])).map(asSparse);
    if (!sustainable || !sustainability || !football) throw new Error('missing');
    expect(sparseCosine(sustainable, sustainability)).toBeGreaterThan(0.3);
    expect(sparseCosine(sustainable, football)).toBe(0);
  });
});
