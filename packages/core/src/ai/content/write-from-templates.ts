import type { BrandVoice, ContentBrief, DraftVariant } from '../content-types';
import type { PlatformLimits } from '../../publishing/rules/platform-limits';
import { tones } from '../../brands/brand';
import { formatPlans, renderFormat, type DraftPieces, type Selection } from './compose-formats';
import { hashtagNorm } from './hashtag-norms';
import { hashtagsIn } from './hashtag-text';
import { seededRandom, shuffled } from './seeded-random';
import { quickFitMeasure, segmentMeasure } from './segment-measure';
import { shortenToFit } from './shorten-text';
import { suggestHashtagsOffline } from './suggest-hashtags-offline';
import { templateFamilies, type TemplateFamily } from './template-families';
import { fillTemplate, templateSlots } from './template-slots';
import { resolveTone } from './tone-phrases';

/** A story caption is read in a glance over an image: short whatever the platform allows. */
const STORY_CAPTION_LENGTH = 150;

/** The brief's tone's families in seeded order, then every other tone's, for when more variants are asked than one tone has. */
function familyOrder(tone: ReturnType<typeof resolveTone>, seed: number): TemplateFamily[] {
  const own = shuffled(templateFamilies[tone], seededRandom(seed));
  return [...own, ...tones.filter((other) => other !== tone).flatMap((other) => templateFamilies[other])];
}

/** The topic's tag stays first in every variant; the others rotate, so variants carry different tags. */
function variantHashtags(brand: BrandVoice, brief: ContentBrief, variant: number): string[] {
  const candidates = suggestHashtagsOffline(brief.topic, brand, 6);
  const [first, ...rest] = candidates;
  const offset = rest.length === 0 ? 0 : variant % rest.length;
  return first === undefined ? [] : [first, ...rest.slice(offset), ...rest.slice(0, offset)];
}

function draft(family: TemplateFamily, brand: BrandVoice, brief: ContentBrief, limits: PlatformLimits, variant: number): string {
  const slots = templateSlots(brand, brief, variant);
  const fill = (template: string) => fillTemplate(template, slots);
  const callToAction = brief.callToAction?.trim() || null;
  const pieces: DraftPieces = {
    hook: fill(family.hook),
    points: family.points.map(fill),
    close: fill(family.close),
    story: fill(family.story),
    callToAction: callToAction && !/[.!?…]$/u.test(callToAction) ? `${callToAction}.` : callToAction,
    link: brief.context?.links[0] ?? null,
    hashtags: variantHashtags(brand, brief, variant).slice(0, hashtagNorm(limits.platform).max),
  };
  const measure = quickFitMeasure(limits);
  const estimate = segmentMeasure(measure);
  const maxLength = brief.format === 'story_caption' ? Math.min(limits.maxLength, STORY_CAPTION_LENGTH) : limits.maxLength;
  const fits = (text: string) => measure(text) <= maxLength;
  const render = (selection: Selection) => renderFormat[brief.format](pieces, selection);
  const plan = formatPlans[brief.format];
  let selection = plan.start;
  for (const step of plan.steps) {
    const next = step(selection);
    if (estimate(render(next)) <= maxLength) selection = next;
  }
  const text = render(selection);
  return fits(text) ? text : shortenToFit(text, limits, maxLength);
}

/**
 * The offline writer: `count` distinct drafts in the brand's voice for the brief, without any
 * model. Each variant uses another template family of the tone (the brief's, else the brand's),
 * filled with the topic's key phrases, a pillar, the audience and the call to action, arranged
 * for the format and fitted to the platform's limit as the platform counts it — including
 * Bluesky's byte cap. The whole draft fits one post in every format: a thread is short numbered
 * parts, a carousel one caption line per slide. The same inputs and seed give the same drafts.
 */
export function writeFromTemplates(brand: BrandVoice, brief: ContentBrief, limits: PlatformLimits, count: number, seed = 0): DraftVariant[] {
  const families = familyOrder(resolveTone(brief.tone, brand.tone), seed);
  const variants: DraftVariant[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; attempt < families.length && variants.length < count; attempt++) {
    const family = families[attempt];
    if (!family) continue;
    const text = draft(family, brand, brief, limits, variants.length);
    if (seen.has(text)) continue;
    seen.add(text);
    variants.push({ text, hashtags: hashtagsIn(text) });
  }
  return variants;
}
