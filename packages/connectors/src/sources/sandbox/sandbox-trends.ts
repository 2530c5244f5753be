import crypto from 'node:crypto';
import type { TrendSourceRequest } from '@socialseed/core/trends/trend-item';
import type { TrendItemDraft } from '../_shared/finalize-items';
import { slugify } from '../_shared/urls';
import { asSandboxIndustry, sandboxInterestTemplates, sandboxTopicBank, type SandboxTopic } from './sandbox-topic-bank';

/** A number in [0, 1) from a string, the same on every machine (as sandbox-audience.ts does). */
function unit(seed: string): number {
  return crypto.createHash('sha256').update(seed).digest().readUInt32BE(0) / 2 ** 32;
}

/** Trends move in 6-hour windows: successive pipeline runs see topics rise, peak and fade. */
export const sandboxWindowMs = 6 * 3600 * 1000;
const maxInterests = 8;
const templatesPerInterest = 3;

interface Candidate extends SandboxTopic {
  slug: string;
  /** How strongly the audience cares, 0.3–1.3 (a brand's own pillars rank higher). */
  strength: number;
  /** Windows per rise-and-fall cycle (1–3 days) and where in it the topic starts. */
  period: number;
  phase: number;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fill(template: string, interest: string): string {
  return template.replaceAll('{X}', capitalise(interest)).replaceAll('{x}', interest);
}

function candidate(topic: SandboxTopic, boost: number): Candidate {
  const slug = slugify(topic.title);
  const period = 4 + Math.floor(unit(`${slug}:period`) * 9);
  return { ...topic, slug, strength: (0.3 + unit(`${slug}:strength`) * 0.7) * boost, period, phase: unit(`${slug}:phase`) * period };
}

/** The topics this audience could talk about: its industries' banks plus its brands' pillars. */
function candidates(request: TrendSourceRequest): Candidate[] {
  const industries = [...new Set((request.industries.length > 0 ? request.industries : ['other']).map(asSandboxIndustry))];
  const bank = industries.flatMap((industry) => sandboxTopicBank[industry].map((topic) => candidate(topic, 1)));
  const interests = [...new Set(request.interests.map((interest) => interest.trim().toLowerCase()).filter(Boolean))].slice(0, maxInterests);
  const pillars = interests.flatMap((interest) =>
    [...sandboxInterestTemplates]
      .sort((a, b) => unit(`${interest}:${a.title}`) - unit(`${interest}:${b.title}`))
      .slice(0, templatesPerInterest)
      .map((template) => candidate({ title: fill(template.title, interest), summary: fill(template.summary, interest) }, 1.3)),
  );
  const unique = new Map([...pillars, ...bank].map((topic) => [topic.slug, topic]));
  return [...unique.values()];
}

/** Where a topic is in its cycle at a window: above 0 it is trending, the peak is 1. */
function activity(topic: Candidate, window: number): number {
  return Math.sin((2 * Math.PI * (window + topic.phase)) / topic.period);
}

/** The first window of the topic's current run of trending windows (its "published" moment). */
function riseStart(topic: Candidate, window: number): number {
  let start = window;
  while (start > window - topic.period && activity(topic, start - 1) > 0) start -= 1;
  return start;
}

/**
 * The Sandbox network's trending topics for a request: deterministic for the same audience and
 * 6-hour window, different from one window to the next. Each topic rises and falls on its own
 * cycle, so a topic trending now keeps its externalId in the next window with new numbers —
 * the pipeline sees momentum — while others fade out and new ones appear.
 */
export function sandboxTrendDrafts(request: TrendSourceRequest): TrendItemDraft[] {
  const window = Math.floor(request.now.getTime() / sandboxWindowMs);
  const audience = [...request.industries, '|', ...request.interests].map((value) => value.toLowerCase()).sort().join(',');
  const reach = 2_000 + Math.floor(unit(`${audience}:reach`) * 18_000);
  const count = 10 + Math.floor(unit(`${audience}:${window}:count`) * 16);
  const ranked = candidates(request)
    .map((topic) => ({ topic, heat: topic.strength * activity(topic, window) }))
    .sort((a, b) => b.heat - a.heat)
    .slice(0, count);
  return ranked.map(({ topic }) => {
    const level = (activity(topic, window) + 1) / 2;
    const noise = 0.8 + unit(`${audience}:${topic.slug}:${window}:noise`) * 0.4;
    const score = Math.round(reach * topic.strength * level * level * noise);
    const start = riseStart(topic, window);
    // First posted a little before it started trending: never after `now`, the same all window long.
    const leadMs = Math.floor(unit(`${topic.slug}:${start}:lead`) * sandboxWindowMs * 0.8);
    const publishedAt = new Date(start * sandboxWindowMs - leadMs);
    return {
      externalId: `sandbox:${topic.slug}`,
      title: topic.title,
      summary: topic.summary,
      url: `https://sandbox.socialseed.local/trends/${topic.slug}`,
      publishedAt,
      engagement: { score, comments: Math.round(score * (0.05 + unit(`${topic.slug}:${window}:comments`) * 0.15)), traffic: null },
      imageUrl: null,
      channel: 'Sandbox',
    };
  });
}
