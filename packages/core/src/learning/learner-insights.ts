import type { ContentFormat } from '../ai/content-types';
import type { Tone } from '../brands/brand';
import { platformLabels } from '../publishing/platforms';
import { armKey } from './bandit';
import { armValues } from './bandit-arms';
import { describeHourOfWeek } from './hour-of-week';
import type { ArmStatistics, LearnerModel } from './learner-model';
import { cautious, describeArm, formatRatio } from './recommend';
import { Q_LEARNING_MIN_SAMPLES } from './train-learner';

export interface ArmSummary {
  tone: Tone;
  format: ContentFormat;
  /** Mean reward of the brand's posts in this tone and format (posting hour's effect divided out). */
  averageReward: number;
  visits: number;
  /** averageReward as a multiple of the brand's average reward. */
  ratio: number;
}

export interface ModelDescription {
  /** Up to five tried combinations, best first by the model's cautious estimate. */
  topArms: ArmSummary[];
  /** Plain sentences for the "What the model learned" panel. */
  insights: string[];
}

const TOP_ARMS = 5;
/** A tone, format or trend category is worth a sentence once it has this many posts. */
const MIN_POSTS_TO_MENTION = 3;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function bestGroup(groups: Record<string, ArmStatistics>): { key: string; statistics: ArmStatistics } | null {
  let best: { key: string; statistics: ArmStatistics } | null = null;
  for (const [key, statistics] of Object.entries(groups)) {
    if (statistics.visits < MIN_POSTS_TO_MENTION) continue;
    if (!best || statistics.mean > best.statistics.mean) best = { key, statistics };
  }
  return best;
}

/** What the brand's model has learnt, for people: the best combinations and a few sentences. */
export function describeModel(model: LearnerModel): ModelDescription {
  const average = model.averageReward;
  const ratioOf = (mean: number) => (average > 0 ? mean / average : 1);
  const topArms = armValues(model, null, cautious)
    .filter((arm) => (model.arms[armKey(arm.tone, arm.format)]?.visits ?? 0) > 0)
    .sort((a, b) => b.value - a.value)
    .slice(0, TOP_ARMS)
    .map((arm) => {
      const statistics = model.arms[armKey(arm.tone, arm.format)];
      const mean = statistics?.mean ?? 0;
      return { tone: arm.tone, format: arm.format, averageReward: mean, visits: statistics?.visits ?? 0, ratio: ratioOf(mean) };
    });

  const insights: string[] = [];
  if (model.sampleSize === 0) {
    insights.push(`No measured posts in the last ${model.windowDays} days yet: choices start from what works for the organization's other brands and the industry.`);
    return { topArms, insights };
  }
  if (model.kind === 'bandit') {
    insights.push(`Insufficient data: ${model.sampleSize} rewarded post${model.sampleSize === 1 ? '' : 's'} in the last ${model.windowDays} days; the Q-table starts at ${Q_LEARNING_MIN_SAMPLES}.`);
  }
  const top = topArms[0];
  if (top) insights.push(`${capitalised(describeArm(top.tone, top.format))} earned ${formatRatio(top.ratio)} the average reward for this brand (${top.visits} post${top.visits === 1 ? '' : 's'}).`);
  const tone = bestGroup(model.tones ?? {});
  if (tone) insights.push(`In any format, ${tone.key} posts earned ${formatRatio(ratioOf(tone.statistics.mean))} the average (${tone.statistics.visits} posts).`);
  const format = bestGroup(model.formats ?? {});
  if (format) insights.push(`In any tone, the ${format.key.replace('_', ' ')} format earned ${formatRatio(ratioOf(format.statistics.mean))} the average (${format.statistics.visits} posts).`);
  const category = bestGroup(model.categories);
  if (category) insights.push(`Posts about ${category.key} trends earned ${formatRatio(ratioOf(category.statistics.mean))} the average (${category.statistics.visits} posts).`);
  for (const table of model.bestTimes) {
    const typical = table.expectedReward.reduce((sum, value) => sum + value, 0) / Math.max(table.expectedReward.length, 1);
    const peak = table.expectedReward[table.peakSlot] ?? 0;
    if (peak <= 0) continue;
    insights.push(`On ${platformLabels[table.platform]}, ${describeHourOfWeek(table.peakSlot)} (${model.timeZone}) is the best hour to post: expected reward ${peak.toFixed(2)} against ${typical.toFixed(2)} for a typical hour.`);
  }
  insights.push(`${Math.round(model.epsilon * 100)} % of posts try a different tone, format or hour on purpose, so the model keeps learning.`);
  return { topArms, insights };
}
