/** Frequent misspellings and their fixes; a small list, never a dictionary. */
const misspellings: Record<string, string> = {
  teh: 'the', recieve: 'receive', recieved: 'received', seperate: 'separate', definately: 'definitely',
  occured: 'occurred', untill: 'until', wich: 'which', accomodate: 'accommodate', acheive: 'achieve',
  goverment: 'government', enviroment: 'environment', beleive: 'believe', tommorow: 'tomorrow',
  tomorow: 'tomorrow', alot: 'a lot', thier: 'their', becuase: 'because', adress: 'address',
  begining: 'beginning', calender: 'calendar', existance: 'existence', independant: 'independent',
  neccessary: 'necessary', occassion: 'occasion', publically: 'publicly', truely: 'truly', wierd: 'weird',
  arguement: 'argument', buisness: 'business', commited: 'committed', foward: 'forward', freind: 'friend',
  greatful: 'grateful', knowlege: 'knowledge', succesful: 'successful', noticable: 'noticeable',
};

/**
 * Links (with or without protocol, for common TLDs), mentions, hashtags and e-mail addresses:
 * fixed text must leave them byte for byte ("ledgerly.com" must not become "ledgerly. Com").
 */
const protectedPattern =
  /https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+|[@#＃][\p{L}\p{N}_.-]+|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|io|co|de|fr|uk|eu|app|dev|ai|social)\b\S*/giu;
const abbreviations = /\b(?:e\.g|i\.e|etc|vs|approx|incl|Mr|Mrs|Ms|Dr|St)\.$/iu;

function withProtected(text: string, fix: (masked: string) => string): string {
  const kept: string[] = [];
  // Private-use characters never occur in copy and survive every fix below unchanged.
  const masked = text.replace(protectedPattern, (match) => `\uE000${kept.push(match) - 1}\uE001`);
  return fix(masked).replace(/\uE000(\d+)\uE001/g, (_, index: string) => kept[Number(index)] ?? '');
}

const keepCase = (original: string, replacement: string) =>
  /^\p{Lu}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;

function fixWords(text: string): string {
  return text
    .replace(/[\p{L}]+/gu, (word) => {
      const fixed = misspellings[word.toLowerCase()];
      return fixed ? keepCase(word, fixed) : word;
    })
    .replace(/(?<![\p{L}\p{N}_'’])i(?![\p{L}\p{N}_])/gu, 'I')
    .replace(/(?<![\p{L}\p{N}_])([\p{L}]+)(\s+\1)+(?![\p{L}\p{N}_])/giu, '$1');
}

function fixSpacing(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t\u00A0]+/g, ' ')
        .replace(/ +([,.;:!?…])/g, '$1')
        .replace(/([,;!?])(?=[\p{L}])/gu, '$1 ')
        .replace(/(\p{Ll}{2,}\.)(?=\p{L}\p{Ll})/gu, '$1 ')
        .trim(),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function capitalizeSentences(text: string): string {
  return text.replace(/(^|[.!?…]\s+|\n\s*)(\p{Ll})/gu, (match, before: string, letter: string, offset: number) => {
    if (abbreviations.test(text.slice(0, offset + before.trimEnd().length))) return match;
    return before + letter.toUpperCase();
  });
}

/**
 * The offline "fix" operation: collapses runs of spaces and blank lines, removes the space before
 * punctuation and adds a missing one after it, drops doubled words ("the the"), fixes a short list
 * of common misspellings and a lone "i", and capitalises sentence starts (not after "e.g.").
 * Links, mentions, hashtags and e-mail addresses are left untouched.
 */
export function fixText(text: string): string {
  return withProtected(text, (masked) => capitalizeSentences(fixSpacing(fixWords(masked))));
}
