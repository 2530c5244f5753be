import { describe, expect, it } from 'vitest';
import { decodeEmbedding, decodeSignature, encodeEmbedding, encodeSignature } from './vector-codec';

describe('vector codec', () => {
  it('round-trips MinHash signatures exactly, including the largest 32-bit values', () => {
    const signature = [0, 1, 0xffffffff, 123456789, 0x80000000];
    expect(decodeSignature(encodeSignature(signature))).toEqual(signature);
  });

  it('round-trips sparse and dense embeddings to float32 precision', () => {
    const sparse = { kind: 'sparse' as const, indices: [3, 70_000, 1_048_575], values: [1, 0.3, 1.6931471805599454] };
    const decoded = decodeEmbedding(encodeEmbedding(sparse));
    expect(decoded.kind).toBe('sparse');
    if (decoded.kind !== 'sparse') return;
    expect(decoded.indices).toEqual(sparse.indices);
    decoded.values.forEach((value, index) => expect(value).toBeCloseTo(sparse.values[index]!, 6));
    const dense = decodeEmbedding(encodeEmbedding({ kind: 'dense', values: [0.1, -0.25, 0] }));
    expect(dense.kind).toBe('dense');
    expect(dense.values.map((value) => Number(value.toFixed(6)))).toEqual([0.1, -0.25, 0]);
  });

  it('is compact: a 264-slot signature takes under 1.5 KB', () => {
    expect(encodeSignature(Array.from({ length: 264 }, (_, index) => index * 16_777_259)).length).toBeLessThan(1_500);
  });
});
