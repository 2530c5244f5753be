import type { ContentFormat } from '../content-types';

/** The filled pieces of one draft, before the format arranges them. */
export interface DraftPieces {
  hook: string;
  points: readonly string[];
  close: string;
  story: string;
  callToAction: string | null;
  link: string | null;
  hashtags: readonly string[];
}

/** How much of the optional material a draft includes. */
export interface Selection {
  points: number;
  callToAction: boolean;
  link: boolean;
  hashtags: number;
}

const blocks = (...parts: Array<string | false | null | undefined>) => parts.filter((part): part is string => !!part).join('\n\n');

function tagsLine(pieces: DraftPieces, selection: Selection): string {
  return pieces.hashtags.slice(0, selection.hashtags).join(' ');
}

function ending(pieces: DraftPieces, selection: Selection): string {
  return [selection.callToAction && pieces.callToAction, selection.link && pieces.link].filter(Boolean).join(' ');
}

/** Hook and body as one paragraph; call to action, link and tags below it. */
function single(pieces: DraftPieces, selection: Selection): string {
  const body = [pieces.hook, ...pieces.points.slice(0, selection.points)].join(' ');
  return blocks(body, ending(pieces, selection), tagsLine(pieces, selection));
}

/**
 * Short numbered parts separated by blank lines, numbered as the thread splitter numbers
 * (" 1/3" at the end), so a person who posts it as a thread gets the parts they read.
 */
function thread(pieces: DraftPieces, selection: Selection): string {
  const parts = [pieces.hook, ...pieces.points.slice(0, selection.points), [pieces.close, ending(pieces, selection)].filter(Boolean).join(' ')];
  return blocks(...parts.map((part, index) => `${part} ${index + 1}/${parts.length}`), tagsLine(pieces, selection));
}

/** An intro line, then one caption per slide ("1/5 …"), then the call to action and tags. */
function carousel(pieces: DraftPieces, selection: Selection): string {
  const slides = [pieces.hook, ...pieces.points.slice(0, selection.points), pieces.close];
  const captions = slides.map((slide, index) => `${index + 1}/${slides.length} ${slide}`).join('\n');
  return blocks(captions, selection.callToAction && pieces.callToAction, tagsLine(pieces, selection));
}

/** One short line, the call to action, at most one tag. */
function storyCaption(pieces: DraftPieces, selection: Selection): string {
  return blocks([pieces.story, selection.callToAction && pieces.callToAction].filter(Boolean).join(' '), tagsLine(pieces, { ...selection, hashtags: Math.min(1, selection.hashtags) }));
}

export const renderFormat: Record<ContentFormat, (pieces: DraftPieces, selection: Selection) => string> = {
  single,
  thread,
  carousel,
  story_caption: storyCaption,
};

type Step = (selection: Selection) => Selection;
const addPoint: Step = (selection) => ({ ...selection, points: selection.points + 1 });
const addTag: Step = (selection) => ({ ...selection, hashtags: selection.hashtags + 1 });
const withCallToAction: Step = (selection) => ({ ...selection, callToAction: true });
const withLink: Step = (selection) => ({ ...selection, link: true });

/**
 * What each format tries to add, in order of value: the call to action and one tag first (the
 * person asked for the CTA; a tag helps discovery), then body, then more tags. Each step is kept
 * only if the draft still fits, so a tight limit drops the least valuable material.
 */
export const formatPlans: Record<ContentFormat, { start: Selection; steps: readonly Step[] }> = {
  single: { start: { points: 0, callToAction: false, link: false, hashtags: 0 }, steps: [withCallToAction, addTag, addPoint, addPoint, withLink, addTag, addPoint, addTag] },
  thread: { start: { points: 1, callToAction: false, link: false, hashtags: 0 }, steps: [withCallToAction, addTag, addPoint, withLink, addPoint, addTag, addTag] },
  carousel: { start: { points: 1, callToAction: false, link: false, hashtags: 0 }, steps: [withCallToAction, addTag, addPoint, addPoint, addTag, addTag] },
  story_caption: { start: { points: 0, callToAction: false, link: false, hashtags: 0 }, steps: [withCallToAction, addTag] },
};
