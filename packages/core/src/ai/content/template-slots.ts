import type { BrandVoice, ContentBrief } from '../content-types';
import { graphemeLength } from '../../publishing/rules/grapheme-length';
import { keyPhrases } from './key-phrases';

/** What the braces in a template family stand for (see template-families.ts). */
export interface TemplateSlots {
  topic: string;
  phrase: string;
  pillar: string;
  audience: string;
  brand: string;
  industry: string;
}

/** A topic longer than this is named by its key phrase: templates read badly around a paragraph. */
const MAX_TOPIC_IN_TEXT = 60;

const industryWords: Record<string, string> = {
  fintech: 'fintech', tech: 'tech', education: 'education', retail: 'retail', health: 'healthcare', other: 'our industry',
};

/** The topic as the text names it: whole when short, else its best key phrase, else its first words. */
export function topicSubject(topic: string): string {
  const clean = topic.replace(/\s+/g, ' ').trim().replace(/[.!?…:;,]+$/u, '');
  if (clean !== '' && graphemeLength(clean) <= MAX_TOPIC_IN_TEXT) return clean;
  return keyPhrases(clean, 1)[0] ?? clean.split(' ').slice(0, 6).join(' ');
}

/**
 * Slot values for the `variant`-th draft: the topic stays the same, while the second key phrase,
 * the pillar and the audience rotate, so variants differ in substance as well as wording.
 * Every slot has a value, so no template is ever left with a brace in it. Pillars and roles are
 * used as the brand wrote them (case included): lower-casing would also lower "Berlin".
 */
export function templateSlots(brand: BrandVoice, brief: ContentBrief, variant: number): TemplateSlots {
  const topic = topicSubject(brief.topic) || brand.name;
  const phrases = [...keyPhrases(brief.topic, 4), ...keyPhrases(brief.context?.summary ?? '', 3)].filter(
    (phrase) => phrase.toLowerCase() !== topic.toLowerCase(),
  );
  const pillars = brand.pillars.map((pillar) => pillar.trim()).filter((pillar) => pillar !== '');
  const roles = brand.audience.roles.map((role) => role.trim()).filter((role) => role !== '');
  const at = <T>(items: readonly T[], fallback: T): T => items[variant % Math.max(1, items.length)] ?? fallback;
  return {
    topic,
    phrase: at(phrases, topic),
    pillar: at(pillars, `${industryWords[brand.industry] ?? 'our'} work`),
    audience: at(roles, 'people'),
    brand: brand.name.trim() || 'our team',
    industry: industryWords[brand.industry] ?? brand.industry,
  };
}

/** A template with its slots filled, in one pass so slot values are never re-read as templates. */
export function fillTemplate(template: string, slots: TemplateSlots): string {
  const filled = template.replace(/\{(topic|phrase|pillar|audience|brand|industry)\}/g, (_, key: keyof TemplateSlots) => slots[key]);
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}
