/** Letters, marks, digits and connectors: what a term must not touch on either side to match. */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface TermPattern {
  term: string;
  pattern: RegExp;
}

/**
 * A case-insensitive, Unicode-aware whole-word pattern for a word or phrase: "ass" does not match
 * "assess", "cunt" not "Scunthorpe", and "Ärger" matches "ÄRGER". Inner spaces match any
 * whitespace and either apostrophe matches both. `plurals` also accepts -s, -es and 's, for
 * brand lists where people write "competitor" and mean "competitors" too.
 */
export function termPattern(term: string, options: { plurals?: boolean } = {}): TermPattern | null {
  const normalized = term.normalize('NFKC').trim();
  if (normalized === '') return null;
  const body = normalized
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"))
    .join('\\s+');
  const suffix = options.plurals ? "(?:s|es|['’]s)?" : '';
  return { term: normalized, pattern: new RegExp(`(?<!${WORD_CHAR})${body}${suffix}(?!${WORD_CHAR})`, 'iu') };
}
