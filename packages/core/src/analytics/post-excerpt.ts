/** Characters of a post shown in lists before it is cut. */
export const EXCERPT_LENGTH = 120;

/**
 * The start of a post for a list: whitespace collapsed (lists are one line), cut at a word
 * boundary with "…" when longer than `length` characters (counted in code points, so an emoji is
 * never split in half).
 */
export function postExcerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const characters = [...flat];
  if (characters.length <= length) return flat;
  const cut = characters.slice(0, length - 1).join('');
  // A word that ends right at the cut stays whole; one cut in half goes (unless it is most of the excerpt).
  const endsAtWord = characters[length - 1] === ' ';
  const lastSpace = cut.lastIndexOf(' ');
  return `${(endsAtWord || lastSpace <= length / 2 ? cut : cut.slice(0, lastSpace)).trimEnd()}…`;
}
