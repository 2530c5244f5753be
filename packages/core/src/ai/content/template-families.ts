import type { Tone } from './tone-phrases';

/**
 * One way of writing a post in a tone. Slots in braces are filled by fill-template.ts:
 * {topic} the topic (or its key phrase), {phrase} a second key phrase, {pillar} a brand pillar,
 * {audience} who the brand talks to, {brand} the brand's name, {industry} its industry. `hook`
 * opens every format and names the topic; `points` become body sentences, thread parts or
 * carousel slides; `close` ends a thread or carousel; `story` is the short story caption.
 */
export interface TemplateFamily {
  hook: string;
  points: readonly [string, string, string];
  close: string;
  story: string;
}

export const templateFamilies: Record<Tone, readonly TemplateFamily[]> = {
  educational: [
    {
      hook: '{topic}, explained in plain words.',
      points: ['Start with the basics: what {phrase} changes for {audience}.', 'Then look at how it connects to {pillar}.', 'Finally, pick one small thing to try this week.'],
      close: 'Keep this as a checklist.',
      story: '{topic} in 10 seconds.',
    },
    {
      hook: 'Three things to know about {topic}.',
      points: ['One: {phrase} is easier to grasp than it looks.', 'Two: it matters most for {pillar}.', 'Three: small, steady steps beat big leaps.'],
      close: 'Which one was new to you?',
      story: 'Learn {topic} today.',
    },
    {
      hook: 'A quick guide to {topic}.',
      points: ['The short version: {phrase} affects how {audience} work.', 'The useful version: apply it to {pillar} first.', 'The common mistake: trying to change everything at once.'],
      close: 'Bookmark this for your next planning session.',
      story: 'Your quick guide to {topic}.',
    },
    {
      hook: 'How does {topic} actually work?',
      points: ['Think of {phrase} as a building block, not a buzzword.', 'For {audience}, the payoff shows up in {pillar}.', 'Measure one number before and after.'],
      close: 'That is the whole method.',
      story: '{topic}: how it works.',
    },
  ],
  authoritative: [
    {
      hook: '{topic} is no longer optional.',
      points: ['Teams that treat {phrase} as a priority move faster.', 'We see the impact first in {pillar}.', 'The leaders act now; the rest catch up later.'],
      close: 'Our recommendation: start this quarter.',
      story: '{topic}: the facts.',
    },
    {
      hook: 'What {brand} sees in {topic}.',
      points: ['The pattern is consistent: {phrase} rewards preparation.', 'The strongest results come from {pillar}.', 'Decisions made early cost less.'],
      close: 'Act on the evidence.',
      story: 'Our take on {topic}.',
    },
    {
      hook: 'Our analysis of {topic}.',
      points: ['First, {phrase} shifts what {audience} should expect.', 'Second, it raises the bar for {pillar}.', 'Third, waiting is itself a decision.'],
      close: 'Plan with that in mind.',
      story: '{topic}, analysed.',
    },
    {
      hook: 'The case for taking {topic} seriously.',
      points: ['{phrase} has moved from trend to standard practice.', 'It now shapes how {industry} handles {pillar}.', 'The cost of ignoring it keeps rising.'],
      close: 'That is where we stand.',
      story: 'Why {topic} matters now.',
    },
  ],
  playful: [
    {
      hook: 'Plot twist: {topic} is more fun than it sounds!',
      points: ['Yes, even {phrase} has a sense of humour.', 'Bonus points if you connect it to {pillar}.', 'No spreadsheets were harmed in this post.'],
      close: 'You are welcome!',
      story: '{topic}, but make it fun!',
    },
    {
      hook: 'Roses are red, {topic} is here.',
      points: ['{phrase} walked in and everyone noticed.', 'Somewhere, {pillar} is doing a happy dance.', 'We may be a little too excited.'],
      close: 'Tell us we are not the only ones!',
      story: 'Guess who is talking {topic}?',
    },
    {
      hook: 'Us, every time someone mentions {topic}: 👀',
      points: ['Fun fact: {phrase} is our favourite small talk.', 'It pairs perfectly with {pillar}.', 'Snacks optional, curiosity required.'],
      close: 'Who is with us?',
      story: '{topic} mood: 👀',
    },
    {
      hook: 'Okay, hear us out: {topic}.',
      points: ['Step one: get curious about {phrase}.', 'Step two: sprinkle in some {pillar}.', 'Step three: enjoy being ahead of the group chat.'],
      close: 'Easy, right?',
      story: 'Hear us out: {topic}!',
    },
  ],
  provocative: [
    {
      hook: 'Unpopular opinion: most people get {topic} wrong.',
      points: ['{phrase} is not the problem; how we talk about it is.', 'Real progress in {pillar} needs fewer slogans.', 'Comfort is the enemy here.'],
      close: 'Change our mind.',
      story: '{topic} is misunderstood.',
    },
    {
      hook: 'Is {topic} overrated?',
      points: ['Everyone is talking about {phrase}; few are doing the work.', 'Ask what it does for {pillar}.', 'If nobody can answer, that is your answer.'],
      close: 'Agree or disagree?',
      story: 'Is {topic} overrated?',
    },
    {
      hook: 'Hot take: {topic} will sort the serious from the noisy.',
      points: ['{phrase} exposes who planned and who improvised.', 'Watch what happens to {pillar}.', 'The excuses will not age well.'],
      close: 'Where do you stand?',
      story: 'Hot take on {topic}.',
    },
    {
      hook: 'Stop pretending {topic} does not affect you.',
      points: ['{audience} feel {phrase} whether they admit it or not.', 'It is already reshaping {pillar}.', 'Ignoring it is a choice with a price.'],
      close: 'Prove us wrong.',
      story: '{topic} affects you.',
    },
  ],
  inspirational: [
    {
      hook: 'Every big change starts small, and {topic} is no exception.',
      points: ['Start with {phrase}, one step at a time.', 'Let it strengthen your {pillar}.', 'Progress beats perfection, every time.'],
      close: 'Keep going!',
      story: 'Small steps toward {topic}.',
    },
    {
      hook: 'Imagine what {topic} could unlock for you.',
      points: ['{phrase} is a door, not a wall.', 'Walk through it with {pillar} in mind.', 'The best time to begin is today.'],
      close: 'You have got this!',
      story: 'Imagine {topic} done right.',
    },
    {
      hook: 'Here is your reminder: {topic} is within reach.',
      points: ['{audience} everywhere are proving it with {phrase}.', 'Every effort in {pillar} adds up.', 'Celebrate the small wins along the way.'],
      close: 'Your future self will thank you.',
      story: '{topic} is within reach.',
    },
    {
      hook: 'Growth looks like this: learning {topic} one day at a time.',
      points: ['{phrase} rewards patience.', 'Keep {pillar} as your compass.', 'Look how far you have already come.'],
      close: 'Onward!',
      story: 'Growing with {topic}.',
    },
  ],
  conversational: [
    {
      hook: 'Let us talk about {topic}.',
      points: ['We have been thinking a lot about {phrase} lately.', 'For us, it comes back to {pillar}.', 'Curious whether you see it the same way.'],
      close: 'What do you think?',
      story: 'Let us talk {topic}.',
    },
    {
      hook: 'Real talk: {topic} keeps coming up in our conversations.',
      points: ['{audience} keep asking us about {phrase}.', 'Our honest answer starts with {pillar}.', 'There is no one right way, just better questions.'],
      close: 'How are you handling it?',
      story: 'Real talk: {topic}.',
    },
    {
      hook: 'Quick question about {topic}.',
      points: ['Has {phrase} changed anything for you yet?', 'We are seeing it show up in {pillar}.', 'Would love to compare notes.'],
      close: 'Drop your thoughts below.',
      story: 'Quick question: {topic}?',
    },
    {
      hook: 'Here is what we are noticing about {topic}.',
      points: ['{phrase} is shifting how people work.', 'It matters a lot for {pillar}.', 'We are still learning, too.'],
      close: 'Tell us what you are seeing.',
      story: 'Noticing {topic} lately?',
    },
  ],
};
