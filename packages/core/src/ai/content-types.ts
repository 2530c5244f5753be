import type { Platform } from '../publishing/platforms';

/** What kind of post is asked for. */
export const contentFormats = ['single', 'thread', 'carousel', 'story_caption'] as const;
export type ContentFormat = (typeof contentFormats)[number];

/** Where a text came from: a configured provider, or the offline template writer. */
export type GenerationTier = 'provider' | 'template';

/** One reason brand safety flagged a text. */
export interface SafetyFlag {
  /** hate, harassment, sexual, violence, banned_word, sensitive_topic */
  category: 'hate' | 'harassment' | 'sexual' | 'violence' | 'banned_word' | 'sensitive_topic';
  reason: string;
  /** The word or phrase that triggered it, when there is one. */
  term: string | null;
}

export interface SafetyVerdict {
  safe: boolean;
  flags: SafetyFlag[];
}

/** Each part in 0–1; the score is their weighted mean (see quality-score.ts). */
export interface QualityBreakdown {
  fitsLimit: number;
  brandSafety: number;
  pillarAlignment: number;
  readability: number;
  hashtags: number;
  novelty: number;
}

export interface QualityScore {
  score: number;
  parts: QualityBreakdown;
  /** The pillar the text is closest to, if any. */
  matchedPillar: string | null;
}

/** The brand as generation sees it. */
export interface BrandVoice {
  name: string;
  industry: string;
  tone: string | null;
  pillars: string[];
  audience: { roles: string[]; geographies: string[]; companySizes: string[] };
  voiceSamples: string[];
  bannedWords: string[];
  sensitiveTopics: string[];
}

/** What the user asked for. */
export interface ContentBrief {
  platform: Platform;
  format: ContentFormat;
  topic: string;
  /** Summary and links of a trend, when generating from one. */
  context: { summary: string | null; links: string[] } | null;
  callToAction: string | null;
  /** Overrides the brand's tone (e.g. the learner's suggestion). */
  tone: string | null;
}

/** One generated text before scoring. */
export interface DraftVariant {
  text: string;
  hashtags: string[];
}
