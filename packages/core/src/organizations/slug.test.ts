import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Acme Agency', 'acme-agency'],
    ['  Café Münster & Co. ', 'cafe-munster-co'],
    ['日本語', 'organization'],
    ['x'.repeat(80), 'x'.repeat(48)],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
