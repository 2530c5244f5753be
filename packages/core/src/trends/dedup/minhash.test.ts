import { describe, expect, it } from 'vitest';
import { EMPTY_SLOT, estimatedSimilarity, SIGNATURE_SIZE, textSignature } from './minhash';

const similarity = (a: [string, string], b: [string, string]) => estimatedSimilarity(textSignature(...a), textSignature(...b));

describe('textSignature', () => {
  it('is SIGNATURE_SIZE unsigned 32-bit values, the same for the same text', () => {
    const signature = textSignature('Apple unveils iPhone 17', 'A thinner phone with the A19 chip.');
    expect(signature).toHaveLength(SIGNATURE_SIZE);
    for (const value of signature) expect(Number.isInteger(value) && value >= 0 && value <= 0xffffffff).toBe(true);
    expect(textSignature('Apple unveils iPhone 17', 'A thinner phone with the A19 chip.')).toEqual(signature);
  });

  it('ignores punctuation, stop words and word forms', () => {
    expect(similarity(['Apple unveils iPhone 17!', ''], ['Apple unveiled the iPhone 17', ''])).toBe(1);
  });
});

describe('estimatedSimilarity', () => {
  const story: [string, string] = ['Tesla launches robotaxi service in Austin', 'Tesla began offering driverless rides in Austin, Texas, with a small fleet.'];

  it('is 1 for the same text and near 0 for unrelated texts', () => {
    expect(similarity(story, story)).toBe(1);
    expect(similarity(story, ['Measles outbreak in West Texas grows', 'State health officials reported 400 cases.'])).toBeLessThan(0.1);
  });

  it('ranks a reworded headline of the story above a different story about the same company', () => {
    const reworded = similarity(story, ['Tesla starts driverless robotaxi rides in Austin', 'Invited riders in Austin can hail a Tesla robotaxi.']);
    const other = similarity(story, ['Tesla deliveries fall 13% in the second quarter', 'Tesla delivered 384,122 vehicles, down from a year earlier.']);
    expect(reworded).toBeGreaterThan(0.3);
    expect(other).toBeLessThan(0.15);
    expect(reworded).toBeGreaterThan(other * 3);
  });

  it('weighs the headline above the summary', () => {
    // Made-up words, so every token is of one kind (uncommon, not a name) and only the place differs.
    const base: [string, string] = ['zorbit plinkel quaster', 'vindle mopraxe trulox'];
    const sameTitle = similarity(base, ['zorbit plinkel quaster', 'gabbon frelt yostra']);
    const sameSummary = similarity(base, ['gabbon frelt yostra', 'vindle mopraxe trulox']);
    expect(sameTitle).toBeGreaterThan(sameSummary + 0.1);
  });

  it('halves the similarity of texts whose figures all differ', () => {
    const a: [string, string] = ['Magnitude 7.7 earthquake strikes', ''];
    const b: [string, string] = ['Magnitude 8.8 earthquake strikes', ''];
    const c: [string, string] = ['Magnitude 7.7 earthquake strikes again', ''];
    expect(similarity(a, b)).toBeLessThan(0.3);
    expect(similarity(a, c)).toBeGreaterThan(0.6);
  });

  it('never finds two empty texts alike, nor signatures of another size', () => {
    const empty = textSignature('', '');
    expect(empty.every((value) => value === EMPTY_SLOT)).toBe(true);
    expect(estimatedSimilarity(empty, empty)).toBe(0);
    expect(estimatedSimilarity(textSignature('the a of', ''), textSignature('🔥🔥', ''))).toBe(0);
    expect(estimatedSimilarity([1, 2, 3], [1, 2, 3])).toBe(0);
  });
});
