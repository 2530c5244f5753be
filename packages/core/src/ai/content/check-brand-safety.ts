import type { BrandVoice, SafetyFlag, SafetyVerdict } from '../content-types';
import { termPattern, type TermPattern } from './match-term';
import { builtInSafetyTerms, categoryReasons } from './safety-terms';

// Compiled once: the built-in lists never change at run time.
const builtInPatterns = (Object.keys(builtInSafetyTerms) as Array<keyof typeof builtInSafetyTerms>).flatMap((category) =>
  builtInSafetyTerms[category].flatMap((term) => {
    const compiled = termPattern(term);
    return compiled ? [{ category, compiled }] : [];
  }),
);

function brandPatterns(terms: readonly string[]): TermPattern[] {
  return terms.flatMap((term) => termPattern(term, { plurals: true }) ?? []);
}

/**
 * Whether a text is safe to publish for a brand: built-in hate, harassment, sexual and violence
 * terms, plus the brand's own banned words and sensitive topics. Any flag makes it unsafe; each
 * flag names its term and a reason a person can act on. The text is NFKC-normalised first, so
 * full-width or ligature spellings do not slip through.
 */
export function checkBrandSafety(text: string, brand: Pick<BrandVoice, 'bannedWords' | 'sensitiveTopics'>): SafetyVerdict {
  const normalized = text.normalize('NFKC');
  const flags: SafetyFlag[] = [];
  const seen = new Set<string>();
  const flag = (candidate: SafetyFlag) => {
    const key = `${candidate.category}:${(candidate.term ?? '').toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    flags.push(candidate);
  };
  for (const { category, compiled } of builtInPatterns) {
    if (compiled.pattern.test(normalized)) flag({ category, term: compiled.term, reason: `${categoryReasons[category]}: "${compiled.term}".` });
  }
  for (const { term, pattern } of brandPatterns(brand.bannedWords)) {
    if (pattern.test(normalized)) flag({ category: 'banned_word', term, reason: `Uses "${term}", which is on the brand's banned words list.` });
  }
  for (const { term, pattern } of brandPatterns(brand.sensitiveTopics)) {
    if (pattern.test(normalized)) flag({ category: 'sensitive_topic', term, reason: `Touches "${term}", which the brand marks as a sensitive topic.` });
  }
  return { safe: flags.length === 0, flags };
}
