import crypto from 'node:crypto';

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
 * The Sandbox network's simulated audience. Each account has hidden preferences — a best
 * hour-of-week, a liking for questions, images and a text length — and engagement for a post
 * arrives over the following simulated hours, shaped by how well the post matches them, plus
 * seeded noise. The learning loop can discover these preferences the way it would on a real
 * network; nothing here is random between runs.
 */
export function simulateEngagement(input: AudienceInput): AudienceMetrics {
  const { accountId } = input;
  const followers = 300 + Math.floor(unit(`${accountId}:followers`) * 4700);
  const bestHourOfWeek = Math.floor(unit(`${accountId}:best-hour`) * 168);
  const likesQuestions = unit(`${accountId}:questions`) > 0.5;
  const likesImages = unit(`${accountId}:images`) > 0.3;
  const idealLength = 60 + Math.floor(unit(`${accountId}:length`) * 200);

  const hourOfWeek = (input.publishedAt.getUTCDay() * 24 + input.publishedAt.getUTCHours()) % 168;
  const distance = Math.min(Math.abs(hourOfWeek - bestHourOfWeek), 168 - Math.abs(hourOfWeek - bestHourOfWeek));
  const timing = 0.4 + 0.6 * Math.exp(-((distance / 12) ** 2));
  const question = input.text.includes('?') ? (likesQuestions ? 1.4 : 0.9) : 1;
  const images = input.mediaCount > 0 ? (likesImages ? 1.5 : 1.05) : 1;
  const length = 0.6 + 0.4 * Math.exp(-(((input.text.length - idealLength) / 150) ** 2));
  const noise = 0.75 + unit(`${input.postId}:noise`) * 0.5;
  const appeal = timing * question * images * length * noise;

  const hours = Math.max(0, (input.now.getTime() - input.publishedAt.getTime()) / 3_600_000);
  const arrived = 1 - Math.exp(-hours / 6); // most engagement lands in the first day
  const impressions = Math.floor(followers * 1.2 * appeal * arrived);
  const rate = 0.02 + 0.06 * appeal * unit(`${input.postId}:rate`);
  const likes = Math.floor(impressions * rate);
  return {
    impressions,
    likes,
    comments: Math.floor(likes * (0.05 + 0.1 * unit(`${input.postId}:comments`)) * (input.text.includes('?') ? 2 : 1)),
    shares: Math.floor(likes * (0.08 + 0.12 * unit(`${input.postId}:shares`))),
  };
}
