/**
 * English function words and filler verbs that never make a key phrase or a hashtag on their own.
 * Key phrases are runs of the words *between* these, which is a cheap stand-in for noun phrases:
 * "Why small businesses are switching to open banking" → "small businesses", "open banking".
 */
export const stopWords: ReadonlySet<string> = new Set(
  [
    'a about above after again against all almost also although always am an and another any are around as at',
    'be because been before being below best between both but by can cannot could did do does doing done down during',
    'each either enough even ever every few for from further get gets getting go goes going gone got had has have having he',
    'her here hers herself him himself his how however i if in into is it its itself just least less let like lot lots',
    'made make makes making many may me might more most much must my myself near need needs never new next no nor not',
    'now of off often on once one only or other our ours ourselves out over own per perhaps please quite rather really',
    'same see seems several shall she should since so some something still such than that the their theirs them',
    'themselves then there these they thing things this those though through thus to today too toward towards under',
    'until up upon us use used using very via was way ways we well were what whatever when where whether which while',
    'who whom whose why will with within without would yet you your yours yourself yourselves',
    "it's don't doesn't isn't aren't can't won't you're we're they're that's there's here's what's let's i'm i've",
  ]
    .join(' ')
    .split(' '),
);

/** Whether a word (any case, either apostrophe) is a stop word. */
export function isStopWord(word: string): boolean {
  return stopWords.has(word.toLowerCase().replace(/’/g, "'"));
}
