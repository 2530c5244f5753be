import { tones } from '../../brands/brand';

export type Tone = (typeof tones)[number];

/** The tone to write in: the asked one if it is known, else the brand's, else conversational. */
export function resolveTone(...candidates: Array<string | null | undefined>): Tone {
  for (const candidate of candidates) {
    const match = tones.find((tone) => tone === candidate?.trim().toLowerCase());
    if (match) return match;
  }
  return 'conversational';
}

/**
 * What makes copy sound like each tone when there is no model: how it opens, how it closes, a
 * generic call to action, and a sentence tying the text to a pillar (`{pillar}` is filled in).
 * Used by the offline improve operations; the template writer has its own fuller families.
 */
export interface TonePhrases {
  openers: readonly string[];
  closers: readonly string[];
  callsToAction: readonly string[];
  pillarLines: readonly string[];
  /** Whether the tone ends on "!" (playful, inspirational) or never uses it (authoritative, educational). */
  exclamations: 'add' | 'remove' | 'keep';
}

export const tonePhrases: Record<Tone, TonePhrases> = {
  educational: {
    openers: ['Quick lesson:', 'Here is how it works:', 'Worth knowing:'],
    closers: ['Save this for later.', 'Now you know.'],
    callsToAction: ['Follow for more practical explainers.'],
    pillarLines: ['It is a core part of {pillar}.', 'This is where {pillar} starts.'],
    exclamations: 'remove',
  },
  authoritative: {
    openers: ['The data is clear:', 'Our view:', 'Fact:'],
    closers: ['Plan accordingly.', 'The evidence points one way.'],
    callsToAction: ['Follow us for analysis you can act on.'],
    pillarLines: ['It matters for {pillar}.', 'We see it across {pillar}.'],
    exclamations: 'remove',
  },
  playful: {
    openers: ['Plot twist:', 'Okay, hear us out:', 'Fun fact:'],
    closers: ['You are welcome!', 'Tell us we are wrong!'],
    callsToAction: ['Tap follow for more of this!'],
    pillarLines: ['Yes, it is secretly about {pillar}!', 'Because {pillar} deserves some fun!'],
    exclamations: 'add',
  },
  provocative: {
    openers: ['Unpopular opinion:', 'Hot take:', 'Let us be honest:'],
    closers: ['Change our mind.', 'Agree or disagree?'],
    callsToAction: ['Reply with your counterargument.'],
    pillarLines: ['Most people get {pillar} wrong.', 'And it exposes what is broken in {pillar}.'],
    exclamations: 'keep',
  },
  inspirational: {
    openers: ['Remember this:', 'Small steps count:', 'Here is your reminder:'],
    closers: ['Keep going!', 'You have got this!'],
    callsToAction: ['Share this with someone who needs it today.'],
    pillarLines: ['That is the heart of {pillar}.', 'Every step in {pillar} counts.'],
    exclamations: 'add',
  },
  conversational: {
    openers: ['So,', 'Real talk:', 'Here is a thought:'],
    closers: ['What do you think?', 'How do you see it?'],
    callsToAction: ['Tell us in the replies.'],
    pillarLines: ['It ties right into {pillar}.', 'It is a big part of {pillar} for us.'],
    exclamations: 'keep',
  },
};

/** Every opener and closer of every tone, longest first, so a re-tone can strip the old ones. */
export const allOpeners = Object.values(tonePhrases).flatMap((phrases) => phrases.openers).sort((a, b) => b.length - a.length);
export const allClosers = Object.values(tonePhrases).flatMap((phrases) => phrases.closers).sort((a, b) => b.length - a.length);
