import crypto from 'node:crypto';
import { contentFormats, type ContentFormat } from '../ai/content-types';
import { tones, type Tone } from '../brands/brand';

const DAY_MS = 86_400_000;

/** One backdated post of a simulated history. */
export interface PlannedPost {
  publishedAt: Date;
  text: string;
  tone: Tone;
  format: ContentFormat;
}

/** A number in [0, 1) from a string: the same brand gets the same history on every machine. */
function unit(seed: string): number {
  return crypto.createHash('sha256').update(seed).digest().readUInt32BE(0) / 2 ** 32;
}

function pick<T>(items: readonly T[], seed: string): T {
  return items[Math.floor(unit(seed) * items.length)] as T;
}

/** Openers per tone, so each tone reads like itself (and the audience's taste in tones has something to react to). */
const openers: Record<Tone, string[]> = {
  educational: ['Three things worth knowing about {topic}:', 'A quick explainer on {topic}.', 'How {topic} actually works, step by step.'],
  authoritative: ['Our view on {topic}, after a year of data:', 'The numbers on {topic} are clear.', 'What most teams get wrong about {topic}.'],
  playful: ['Plot twist: {topic} is more fun than it sounds.', 'Friday mood: {topic} edition.', 'We tried explaining {topic} with emojis 🎉'],
  provocative: ['Unpopular opinion: {topic} is overrated.', 'Stop doing {topic} the old way.', 'Nobody wants to admit this about {topic}.'],
  inspirational: ['Small steps in {topic} add up.', 'What {topic} taught us about patience.', 'A reminder for everyone working on {topic}.'],
  conversational: ['Tell us how your team handles {topic}.', 'We have been chatting about {topic} all week.', 'Coffee-break thought on {topic}.'],
};

const middles = [
  'We looked at what changed this month and wrote down what held up.',
  'Short version: start small, measure, keep what works.',
  'The details matter more than the tools.',
  'Here is the checklist we use before every launch.',
];

/** Shapes per format; a thread is a longer text, a story caption a short one. */
function shape(format: ContentFormat, opener: string, seed: string, brandName: string): string {
  const middle = pick(middles, `${seed}:middle`);
  switch (format) {
    case 'thread':
      return `${opener} 🧵\n\n1. ${middle}\n2. ${pick(middles, `${seed}:second`)}\n3. More from ${brandName} tomorrow.`;
    case 'carousel':
      return `${opener} Swipe through the five slides →`;
    case 'story_caption':
      return `${opener.split(/[.:!]/)[0] ?? opener} ✨`;
    default:
      return `${opener} ${middle}`;
  }
}

/**
 * A deterministic history for a brand: `postsPerDay` posts on each of the last `days` days
 * before today (UTC), at varied hours between 06:00 and 22:00 UTC, rotating through every tone
 * and format with a question now and then — enough variety for the simulated audience's hidden
 * tastes to show, and for the learner to find them. Oldest first.
 */
export function planSandboxHistory(input: { brandId: string; brandName: string; topics: string[]; days: number; postsPerDay: number; now: Date }): PlannedPost[] {
  const today = Math.floor(input.now.getTime() / DAY_MS) * DAY_MS;
  const topics = input.topics.length > 0 ? input.topics : [input.brandName];
  const planned: PlannedPost[] = [];
  for (let daysAgo = input.days; daysAgo >= 1; daysAgo--) {
    const dayStart = today - daysAgo * DAY_MS;
    const slotLength = (16 * 60) / input.postsPerDay;
    for (let slot = 0; slot < input.postsPerDay; slot++) {
      const seed = `${input.brandId}:${daysAgo}:${slot}`;
      // One post per slot of the 06:00–22:00 window, at a random minute inside it.
      const minute = 6 * 60 + Math.floor(slot * slotLength + unit(`${seed}:minute`) * slotLength);
      const tone = pick(tones, `${seed}:tone`);
      const format = pick(contentFormats, `${seed}:format`);
      const topic = pick(topics, `${seed}:topic`);
      let text = shape(format, pick(openers[tone], `${seed}:opener`).replaceAll('{topic}', topic), seed, input.brandName);
      if (unit(`${seed}:question`) < 0.3) text += ' What would you add?';
      planned.push({ publishedAt: new Date(dayStart + minute * 60_000), text, tone, format });
    }
  }
  return planned;
}
