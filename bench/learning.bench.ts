// The per-brand learner in the Sandbox's simulated audience: 20 brands (5 organizations, 4
// industries, 5 time zones) post 300 times each. Each audience has a hidden best tone, format and
// hour of week and answers with noisy engagement. Three policies choose every post — our learner
// (retrained after every post from the rewards it has seen, never the hidden tastes), uniform
// random choice, and an oracle that knows the audience — and we add up each one's regret: the
// best action's expected reward minus the chosen action's, both noise-free, so luck decides nothing.
// Prints `figure-name: value unit` lines; `regret-ratio` (ours ÷ random, target ≤ 0.25) and
// `best-time-hit-rate` (share of brands whose learned peak hour is within ±1 h of the audience's
// true best hour, target ≥ 0.8) are the targets.
// Every post goes out in its own fortnight (at the chosen hour, in the brand's time zone) and is
// measured 7 days later, so every reward is final before the next decision; the training window
// covers the whole run. The hidden tastes (audienceTastes) are read only by the oracle's table and
// the scoring; the learner sees rewards. BENCH_BRANDS, BENCH_POSTS, BENCH_EPSILON and BENCH_SEED
// change the set-up.
import { performance } from 'node:perf_hooks';
import { contentFormats, type ContentFormat } from '@socialseed/core/ai/content-types';
import { industries, tones, type Tone } from '@socialseed/core/brands/brand';
import { seededRandom } from '@socialseed/core/ai/content/seeded-random';
import { computeReward, unknownCounts } from '@socialseed/core/learning/engagement-metrics';
import { hourOfWeekIn } from '@socialseed/core/learning/hour-of-week';
import { HOURS_PER_WEEK, type LearnerAction, type LearnerModel, type RewardSample } from '@socialseed/core/learning/learner-model';
import { nextSlotInstant } from '@socialseed/core/learning/best-time-instant';
import { slotDistance } from '@socialseed/core/learning/best-time-kernel';
import { chooseAction } from '@socialseed/core/learning/choose-action';
import { emptyPrior, poolPriors, type PooledPrior } from '@socialseed/core/learning/priors';
import { trainLearner } from '@socialseed/core/learning/train-learner';
import { audienceTastes, engagementOutcomes, simulateEngagement, type AudienceMetrics } from '@socialseed/connectors/social/sandbox/sandbox-audience';

const BRANDS = Number(process.env.BENCH_BRANDS ?? 20);
const POSTS = Number(process.env.BENCH_POSTS ?? 300);
const EPSILON = Number(process.env.BENCH_EPSILON ?? 0.15);
/** Seeds the audiences and every random choice; another seed is another set of 20 brands. */
const SEED = Number(process.env.BENCH_SEED ?? 0);
/** BENCH_VERBOSE=1 adds a line per brand (its regret ratio, learned and true best hour). */
const VERBOSE = process.env.BENCH_VERBOSE === '1';
const ALPHA = 0.1;
const PRIOR_REFRESH_POSTS = 10;
const ORGANIZATIONS = 5;
const INDUSTRIES = 4;
const DAY_MS = 86_400_000;
const FORTNIGHT_MS = 14 * DAY_MS;
/** Sunday 5 January 2020, 00:00 UTC. */
const START = Date.UTC(2020, 0, 5);
const WINDOW_DAYS = Math.ceil(((POSTS + 1) * FORTNIGHT_MS) / DAY_MS);
/** Zones without daylight saving, so an audience's UTC habits are one local hour all run long. */
const timeZones = ['UTC', 'Asia/Tokyo', 'America/Phoenix', 'Asia/Dubai', 'America/Bogota'];
const trendCategories = ['ai', 'payments', 'regulation', 'sustainability'];
const texts = [
  { text: 'Three things we learnt shipping our new onboarding flow this quarter.', mediaCount: 0 },
  { text: 'Which of these would you fix first in your month-end close?', mediaCount: 0 },
  { text: 'Our field guide to cutting support tickets in half, with the numbers behind it.', mediaCount: 1 },
];

interface Brand {
  index: number;
  accountId: string;
  organization: number;
  industry: (typeof industries)[number];
  timeZone: string;
  text: string;
  mediaCount: number;
  /** Noise-free reward per tone × format × local hour of week. */
  expected: Float64Array;
  best: number;
  trueBestSlot: number;
  /** The first hour of the brand's local week at the start; its zone keeps one offset all run. */
  weekStart: number;
  samples: RewardSample[];
  prior: PooledPrior;
  model: LearnerModel;
  learnerRandom: () => number;
  randomPolicy: () => number;
  contextRandom: () => number;
}

const cell = (tone: Tone, format: ContentFormat, slot: number) => (tones.indexOf(tone) * contentFormats.length + contentFormats.indexOf(format)) * HOURS_PER_WEEK + slot;
const rewardOf = (metrics: AudienceMetrics, publishedAt: Date) => {
  const now = new Date(publishedAt.getTime() + 7 * DAY_MS);
  return computeReward({ ...unknownCounts, ...metrics }, { estimatedImpressions: null, publishedAt, now }).value;
};

function train(brand: Omit<Brand, 'model'>, now: Date): LearnerModel {
  return trainLearner(brand.samples, { now, timeZone: brand.timeZone, priors: brand.prior, epsilon: EPSILON, alpha: ALPHA, windowDays: WINDOW_DAYS });
}

function setUpBrand(index: number): Brand {
  const accountId = SEED === 0 ? `learning-bench-${index}` : `learning-bench-${SEED}-${index}`;
  const timeZone = timeZones[index % timeZones.length] ?? 'UTC';
  const style = texts[index % texts.length] ?? texts[0]!;
  // The oracle's table: each action's reward averaged over the audience's spread of luck. Only
  // the hour's distance from the audience's best hour matters, so equal distances share a cell.
  const tastes = audienceTastes(accountId);
  const expected = new Float64Array(tones.length * contentFormats.length * HOURS_PER_WEEK);
  const byDistance = new Map<string, number>();
  // The zones keep one offset, so the local week's first hour plus `slot` hours is that slot.
  const weekStart = nextSlotInstant(0, new Date(START), timeZone).getTime();
  for (let slot = 0; slot < HOURS_PER_WEEK; slot++) {
    const publishedAt = new Date(weekStart + slot * 3_600_000);
    const distance = slotDistance(publishedAt.getUTCDay() * 24 + publishedAt.getUTCHours(), tastes.bestHourOfWeek);
    for (const tone of tones) {
      for (const format of contentFormats) {
        const key = `${tone}|${format}|${distance}`;
        let value = byDistance.get(key);
        if (value === undefined) {
          const outcomes = engagementOutcomes({ accountId, postId: 'expected', ...style, tone, format, publishedAt, now: new Date(publishedAt.getTime() + 7 * DAY_MS) });
          value = outcomes.reduce((sum, outcome) => sum + (rewardOf(outcome, publishedAt) ?? 0), 0) / outcomes.length;
          byDistance.set(key, value);
        }
        expected[cell(tone, format, slot)] = value;
      }
    }
  }
  const brand: Omit<Brand, 'model'> = {
    index,
    accountId,
    organization: index % ORGANIZATIONS,
    // Organizations mix industries: brand i is in organization i mod 5 and industry (i + ⌊i/5⌋) mod 4.
    industry: industries[(index + Math.floor(index / ORGANIZATIONS)) % INDUSTRIES] ?? 'tech',
    timeZone,
    ...style,
    expected,
    best: Math.max(...expected),
    trueBestSlot: hourOfWeekIn(new Date(START + tastes.bestHourOfWeek * 3_600_000), timeZone),
    weekStart,
    samples: [],
    prior: emptyPrior,
    learnerRandom: seededRandom(SEED * 10_000 + 1_000 + index),
    randomPolicy: seededRandom(SEED * 10_000 + 2_000 + index),
    contextRandom: seededRandom(SEED * 10_000 + 3_000 + index),
  };
  return { ...brand, model: train(brand, new Date(START)) };
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length) % items.length] as T;

const started = performance.now();
const brands = Array.from({ length: BRANDS }, (_, index) => setUpBrand(index));
const regret = { learner: 0, random: 0, oracle: 0 };
const brandRegret = brands.map(() => ({ learner: 0, random: 0 }));
const lastHundred = { learner: 0, random: 0, bestContent: 0, posts: 0 };

for (let post = 0; post < POSTS; post++) {
  const decidedAt = new Date(START + post * FORTNIGHT_MS);
  for (const brand of brands) {
    const context = { industry: brand.industry, trendCategory: pick(trendCategories, brand.contextRandom), platform: 'sandbox' as const };
    const action = chooseAction(brand.model, context, brand.learnerRandom);
    const publishedAt = new Date(brand.weekStart + post * FORTNIGHT_MS + action.slot * 3_600_000);
    const metrics = simulateEngagement({ accountId: brand.accountId, postId: `${brand.accountId}-${post}`, text: brand.text, mediaCount: brand.mediaCount, tone: action.tone, format: action.format, publishedAt, now: new Date(publishedAt.getTime() + 7 * DAY_MS) });
    const reward = rewardOf(metrics, publishedAt);
    if (reward !== null) brand.samples.push({ context, action, reward, publishedAt, estimated: false });

    const randomAction: LearnerAction = { tone: pick(tones, brand.randomPolicy), format: pick(contentFormats, brand.randomPolicy), slot: Math.floor(brand.randomPolicy() * HOURS_PER_WEEK) };
    const oracleCell = brand.expected.indexOf(brand.best);
    const learnerRegret = brand.best - (brand.expected[cell(action.tone, action.format, action.slot)] ?? 0);
    const randomRegret = brand.best - (brand.expected[cell(randomAction.tone, randomAction.format, randomAction.slot)] ?? 0);
    regret.learner += learnerRegret;
    regret.random += randomRegret;
    regret.oracle += brand.best - (brand.expected[oracleCell] ?? 0);
    const own = brandRegret[brand.index];
    if (own) {
      own.learner += learnerRegret;
      own.random += randomRegret;
    }
    if (post >= POSTS - 100) {
      lastHundred.learner += learnerRegret;
      lastHundred.random += randomRegret;
      lastHundred.posts += 1;
      const tastes = audienceTastes(brand.accountId);
      if (action.tone === tastes.bestTone && action.format === tastes.bestFormat) lastHundred.bestContent += 1;
    }
  }
  // Retrain every brand on what it has seen so far. Its prior pools its organization's and
  // industry's other brands; it moves slowly, so it is refreshed every few rounds.
  const now = new Date(decidedAt.getTime() + FORTNIGHT_MS);
  for (const brand of brands) {
    if (post % PRIOR_REFRESH_POSTS === 0) {
      brand.prior = poolPriors(brands.filter((other) => other !== brand && (other.organization === brand.organization || other.industry === brand.industry)).flatMap((other) => other.samples));
    }
    brand.model = train(brand, now);
  }
}

const hits = brands.filter((brand) => {
  const peak = brand.model.bestTimes.find((table) => table.platform === 'sandbox')?.peakSlot;
  return peak !== undefined && slotDistance(peak, brand.trueBestSlot) <= 1;
}).length;

if (VERBOSE) {
  for (const brand of brands) {
    const peak = brand.model.bestTimes.find((table) => table.platform === 'sandbox')?.peakSlot ?? -1;
    const own = brandRegret[brand.index] ?? { learner: 0, random: 1 };
    console.log(`brand-${brand.index}: regret-ratio ${(own.learner / own.random).toFixed(3)}, peak ${peak}, true ${brand.trueBestSlot}, followers ${audienceTastes(brand.accountId).followers}`);
  }
}
console.log(`regret-ratio: ${(regret.learner / regret.random).toFixed(3)}`);
console.log(`best-time-hit-rate: ${(hits / brands.length).toFixed(2)}`);
console.log(`regret-learner: ${regret.learner.toFixed(1)} reward`);
console.log(`regret-random: ${regret.random.toFixed(1)} reward`);
console.log(`regret-oracle: ${regret.oracle.toFixed(1)} reward`);
console.log(`regret-ratio-last-100-posts: ${(lastHundred.learner / lastHundred.random).toFixed(3)}`);
console.log(`best-content-share-last-100-posts: ${(lastHundred.bestContent / Math.max(lastHundred.posts, 1)).toFixed(2)}`);
console.log(`epsilon: ${EPSILON}`);
console.log(`runtime: ${((performance.now() - started) / 1000).toFixed(1)} s`);
