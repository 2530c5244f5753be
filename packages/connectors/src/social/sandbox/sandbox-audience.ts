import crypto from 'node:crypto';
import { contentFormats, type ContentFormat } from '@socialseed/core/ai/content-types';
import { tones, type Tone } from '@socialseed/core/brands/brand';

/** A number in [0, 1) from a string, the same on every machine: the audience is deterministic. */
function unit(seed: string): number {
  return crypto.createHash('sha256').update(seed).digest().readUInt32BE(0) / 2 ** 32;
}

export interface AudienceInput {
  /** Seeds the account's audience: its size and hidden tastes. */
  accountId: string;
  postId: string;
  text: string;
  mediaCount: number;
  /** The tone and format the post was written with, when known (the audience has tastes in both). */
  tone?: string | null;
  format?: string | null;
  publishedAt: Date;
  now: Date;
}

export interface AudienceMetrics {
  impressions: number;
  likes: number;
  comments: number;
  shares: number;
}

/**
 * What an account's audience secretly likes. Only tests and the learning benchmark's oracle may
 * read it: the product has to discover it from engagement, as it would on a real network.
 */
export interface AudienceTastes {
  followers: number;
  /** Hour of the week in UTC (0 = Sunday 00:00) when the audience is most active. */
  bestHourOfWeek: number;
  likesQuestions: boolean;
  likesImages: boolean;
  idealLength: number;
  bestTone: Tone;
  bestFormat: ContentFormat;
  /** Multiplier on a post's appeal per tone: 1 for the best tone, 0.45–0.8 for the others. */
  toneAffinity: Record<Tone, number>;
  /** Multiplier per format: 1 for the best format, 0.45–0.8 for the others. */
  formatAffinity: Record<ContentFormat, number>;
}

/** How much a tone or format the audience is lukewarm about is worth next to its favourite. */
const LUKEWARM_MIN = 0.45;
const LUKEWARM_SPREAD = 0.35;

/**
 * Interactions per impression at an appeal of 1. Real networks see about 1–3 %; at this rate the
 * seed's reward (capped at 5) spans roughly 0.5–4 instead of sitting at the cap, so better posts
 * earn visibly more.
 */
const BASE_RATE = 0.01;

function affinities<K extends string>(accountId: string, kind: string, keys: readonly K[], best: K): Record<K, number> {
  const table = {} as Record<K, number>;
  for (const key of keys) table[key] = key === best ? 1 : LUKEWARM_MIN + LUKEWARM_SPREAD * unit(`${accountId}:${kind}:${key}`);
  return table;
}

/** Tastes are pure functions of the id; a small cache spares re-hashing them for every post. */
const tastesCache = new Map<string, AudienceTastes>();
const TASTES_CACHE_SIZE = 1000;

/** The account's hidden tastes, derived from its id alone. For tests and the learning benchmark's oracle only: the product must learn them from engagement. */
export function audienceTastes(accountId: string): AudienceTastes {
  const cached = tastesCache.get(accountId);
  if (cached) return cached;
  if (tastesCache.size >= TASTES_CACHE_SIZE) tastesCache.clear();
  const tastes = deriveTastes(accountId);
  tastesCache.set(accountId, tastes);
  return tastes;
}

function deriveTastes(accountId: string): AudienceTastes {
  const bestTone = tones[Math.floor(unit(`${accountId}:best-tone`) * tones.length)] ?? tones[0];
  const bestFormat = contentFormats[Math.floor(unit(`${accountId}:best-format`) * contentFormats.length)] ?? contentFormats[0];
  return Object.freeze({
    followers: 300 + Math.floor(unit(`${accountId}:followers`) * 4700),
    bestHourOfWeek: Math.floor(unit(`${accountId}:best-hour`) * 168),
    likesQuestions: unit(`${accountId}:questions`) > 0.5,
    likesImages: unit(`${accountId}:images`) > 0.3,
    idealLength: 60 + Math.floor(unit(`${accountId}:length`) * 200),
    bestTone,
    bestFormat,
    toneAffinity: Object.freeze(affinities(accountId, 'tone', tones, bestTone)),
    formatAffinity: Object.freeze(affinities(accountId, 'format', contentFormats, bestFormat)),
  });
}

/** The account's follower count: public on any network, so product code (profiles) may read it, unlike the tastes. */
export function audienceFollowers(accountId: string): number {
  return audienceTastes(accountId).followers;
}

/** A tone or format the post was not labelled with (or one the audience does not know) leaves appeal unchanged. */
function affinityOf(table: Record<string, number>, key: string | null | undefined): number {
  return key != null && Object.hasOwn(table, key) ? (table[key] ?? 1) : 1;
}

/** How well a post matches the audience, before noise: timing × question × images × length × tone × format. */
function appealWithoutNoise(tastes: AudienceTastes, input: AudienceInput): number {
  const hourOfWeek = (input.publishedAt.getUTCDay() * 24 + input.publishedAt.getUTCHours()) % 168;
  const distance = Math.min(Math.abs(hourOfWeek - tastes.bestHourOfWeek), 168 - Math.abs(hourOfWeek - tastes.bestHourOfWeek));
  const timing = 0.4 + 0.6 * Math.exp(-((distance / 12) ** 2));
  const question = input.text.includes('?') ? (tastes.likesQuestions ? 1.4 : 0.9) : 1;
  const images = input.mediaCount > 0 ? (tastes.likesImages ? 1.5 : 1.05) : 1;
  const length = 0.6 + 0.4 * Math.exp(-(((input.text.length - tastes.idealLength) / 150) ** 2));
  const tone = affinityOf(tastes.toneAffinity, input.tone);
  const format = affinityOf(tastes.formatAffinity, input.format);
  return timing * question * images * length * tone * format;
}

/** Share of the eventual engagement that has arrived by `now`: most of it lands in the first day. */
function arrivedShare(input: AudienceInput): number {
  const hours = Math.max(0, (input.now.getTime() - input.publishedAt.getTime()) / 3_600_000);
  return 1 - Math.exp(-hours / 6);
}

/** A post's random draws in [0, 1): its luck with the audience. */
interface Draws {
  noise: number;
  rate: number;
  comments: number;
  shares: number;
}

function engagement(tastes: AudienceTastes, input: AudienceInput, draws: Draws): AudienceMetrics {
  const appeal = appealWithoutNoise(tastes, input) * (0.75 + draws.noise * 0.5);
  const impressions = Math.floor(tastes.followers * 1.2 * appeal * arrivedShare(input));
  const rate = BASE_RATE * appeal * (0.6 + 0.8 * draws.rate);
  const likes = Math.floor(impressions * rate);
  return {
    impressions,
    likes,
    comments: Math.floor(likes * (0.05 + 0.1 * draws.comments) * (input.text.includes('?') ? 2 : 1)),
    shares: Math.floor(likes * (0.08 + 0.12 * draws.shares)),
  };
}

/**
 * The Sandbox network's simulated audience. Each account has hidden preferences — a best
 * hour-of-week, a tone and a format it likes best, a liking for questions, images and a text
 * length — and engagement for a post arrives over the following simulated hours, shaped by how
 * well the post matches them, plus seeded noise. The learning loop can discover these
 * preferences the way it would on a real network; nothing here is random between runs.
 */
export function simulateEngagement(input: AudienceInput): AudienceMetrics {
  const draws = { noise: unit(`${input.postId}:noise`), rate: unit(`${input.postId}:rate`), comments: unit(`${input.postId}:comments`), shares: unit(`${input.postId}:shares`) };
  return engagement(audienceTastes(input.accountId), input, draws);
}

/**
 * A fixed Latin hypercube of luck: every draw's range split into `size` strata, each used once,
 * shuffled per draw by a seeded generator. The same sets every call (common random numbers), so
 * two posts' averages differ only by what the posts do.
 */
function luckSets(size: number): Draws[] {
  let state = 0x5eed;
  const random = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  const column = () => {
    const strata = Array.from({ length: size }, (_, index) => (index + 0.5) / size);
    for (let index = size - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [strata[index], strata[other]] = [strata[other] ?? 0, strata[index] ?? 0];
    }
    return strata;
  };
  const [noise, rate, comments, shares] = [column(), column(), column(), column()];
  return Array.from({ length: size }, (_, index) => ({ noise: noise[index] ?? 0.5, rate: rate[index] ?? 0.5, comments: comments[index] ?? 0.5, shares: shares[index] ?? 0.5 }));
}

const luckCache = new Map<number, Draws[]>();

/**
 * What this post would get under each of `size` evenly spread sets of luck: averaging any
 * figure over them (a reward, say) gives its expected value without noise. For tests and the
 * learning benchmark, which measure regret on expected rewards so that luck decides nothing.
 */
export function engagementOutcomes(input: AudienceInput, size = 64): AudienceMetrics[] {
  const sets = luckCache.get(size) ?? luckSets(size);
  luckCache.set(size, sets);
  const tastes = audienceTastes(input.accountId);
  return sets.map((draws) => engagement(tastes, input, draws));
}
