import type { SafetyFlag } from '../content-types';

type BuiltInCategory = Exclude<SafetyFlag['category'], 'banned_word' | 'sensitive_topic'>;

/**
 * Built-in terms brand safety always blocks, per category. Deliberately modest: whole words and
 * phrases that are unambiguous in marketing copy. Words with common innocent uses ("kill it",
 * "bomb", "slaughtered the competition", "chink in the armour", "cum laude") are left out,
 * because a false flag blocks a good post and teaches people to ignore flags. Matching is
 * whole-word, so "Scunthorpe", "assess" and "analysis" never match (see match-term.ts).
 */
export const builtInSafetyTerms: Record<BuiltInCategory, readonly string[]> = {
  hate: [
    'nigger', 'niggers', 'faggot', 'faggots', 'kike', 'kikes', 'wetback', 'wetbacks', 'raghead', 'ragheads',
    'towelhead', 'towelheads', 'tranny', 'trannies', 'subhuman', 'subhumans', 'master race', 'white power',
    'race traitor', 'heil hitler', 'sieg heil', 'go back to your country', 'gas the jews',
  ],
  harassment: [
    'kill yourself', 'kys', 'go die', 'you should die', 'nobody likes you', "you're worthless", 'you are worthless',
    'retard', 'retarded', 'bitch', 'bitches', 'cunt', 'cunts', 'whore', 'slut', 'asshole', 'assholes', 'dumbass',
    'piece of shit',
  ],
  sexual: [
    'porn', 'porno', 'pornography', 'xxx', 'nsfw', 'nudes', 'nude pics', 'blowjob', 'handjob', 'orgasm', 'sex tape',
    'dick pic', 'dick pics', 'hentai', 'milf', 'onlyfans', 'camgirl', 'sexting',
  ],
  violence: [
    'kill you', 'kill them', 'i will kill', 'shoot you', 'shoot them', 'behead', 'beheading', 'massacre', 'genocide',
    'ethnic cleansing', 'mass shooting', 'school shooting', 'terrorist attack', 'blow up the', 'bomb threat',
  ],
};

/** The human reason shown with a built-in flag. */
export const categoryReasons: Record<BuiltInCategory, string> = {
  hate: 'Hateful language about a group of people',
  harassment: 'Harassing or abusive language',
  sexual: 'Sexual content',
  violence: 'Violent content or threats',
};
