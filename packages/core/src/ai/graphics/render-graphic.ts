import crypto from 'node:crypto';
import { AppError } from '../../errors';
import { recordAudit } from '../../audit/record-audit';
import type { CoreDeps } from '../../deps';
import type { MediaAssetRecord } from '../../media/media-asset';
import { assertCan } from '../../organizations/permissions';
import type { RenderedGraphic } from '../../ports/graphics-renderer';
import type { Actor } from '../../shared/actor';
import { generatedBackground, uploadedBackground, type ChosenBackground } from './graphic-background';
import { layoutGeometry, MAX_CAROUSEL_FRAMES, type GraphicFormat, type GraphicLayout } from './layouts';
import { brandPalette } from './palette';

export interface GraphicFrame {
  headline: string;
  body?: string | null;
}

export interface RenderGraphicInput extends GraphicFrame {
  brandId: string;
  layout: GraphicLayout;
  format?: GraphicFormat;
  backgroundMediaId?: string;
  /** Asks the image generator for a background; falls back to the template on any failure. */
  backgroundPrompt?: string;
  /** Carousel only: frames after the cover (headline/body), 10 frames in all at most. */
  frames?: GraphicFrame[];
}

export interface RenderGraphicResult {
  media: MediaAssetRecord[];
  /** The lowest text contrast over all frames (WCAG ratio, ≥ 4.5). */
  contrast: number;
  tier: 'template' | 'stability';
  notice: string | null;
}

function checkShape(input: RenderGraphicInput): void {
  const frames = input.frames ?? [];
  if (frames.length > 0 && input.layout !== 'carousel') throw AppError.invalid([{ field: 'frames', message: 'Only a carousel has frames' }]);
  if (1 + frames.length > MAX_CAROUSEL_FRAMES) {
    throw AppError.invalid([{ field: 'frames', message: `A carousel has at most ${MAX_CAROUSEL_FRAMES} frames: the cover and ${MAX_CAROUSEL_FRAMES - 1} more` }]);
  }
  if (input.backgroundMediaId && input.backgroundPrompt) {
    throw AppError.invalid([{ field: 'backgroundPrompt', message: 'Use either an uploaded background or a generated one, not both' }]);
  }
}

async function chooseBackground(deps: Pick<CoreDeps, 'uow' | 'clock' | 'graphics' | 'imageGenerator'>, actor: Actor, input: RenderGraphicInput): Promise<ChosenBackground> {
  if (input.backgroundMediaId) return { bytes: await uploadedBackground(deps, actor, input.backgroundMediaId), tier: 'template', notice: null };
  if (input.backgroundPrompt) {
    const task = { organizationId: actor.organizationId, brandId: input.brandId, userId: actor.userId };
    return generatedBackground(deps, task, input.backgroundPrompt, layoutGeometry(input.layout));
  }
  return { bytes: null, tier: 'template', notice: null };
}

/**
 * Draws a brand graphic (or a carousel of frames) and stores each image as a media asset of
 * the organization, ready to attach to a post. Colours come from the brand (a neutral palette
 * without them) with text chosen for WCAG 4.5:1; the logo goes in its corner; the background is
 * an uploaded image, a generated one, or the brand colour.
 */
export async function renderGraphic(deps: Pick<CoreDeps, 'uow' | 'clock' | 'graphics' | 'imageGenerator'>, actor: Actor, input: RenderGraphicInput): Promise<RenderGraphicResult> {
  assertCan(actor.role, 'posts.write');
  checkShape(input);
  const brand = await deps.uow.brands.findById(actor.organizationId, input.brandId);
  if (!brand) throw AppError.invalid([{ field: 'brandId', message: 'No brand with this id in your organization' }]);
  const logo = brand.logoMediaId ? await deps.uow.media.readBytes(actor.organizationId, brand.logoMediaId) : null;
  const background = await chooseBackground(deps, actor, input);
  const format = input.format ?? 'png';
  const palette = brandPalette(brand.colors);
  const frames: GraphicFrame[] = [{ headline: input.headline, body: input.body ?? null }, ...(input.frames ?? [])];
  const rendered: RenderedGraphic[] = [];
  for (const frame of frames) {
    rendered.push(await deps.graphics.render({ layout: input.layout, format, headline: frame.headline, body: frame.body ?? null, palette, logo, background: background.bytes }));
  }
  const media = await deps.uow.transaction(async (repos) => {
    const stored: MediaAssetRecord[] = [];
    for (const [index, graphic] of rendered.entries()) {
      stored.push(
        await repos.media.create(
          {
            organizationId: actor.organizationId,
            uploadedByUserId: actor.userId,
            kind: 'image',
            mimeType: graphic.mimeType,
            sizeBytes: graphic.bytes.length,
            width: graphic.width,
            height: graphic.height,
            durationMs: null,
            sha256: crypto.createHash('sha256').update(graphic.bytes).digest('hex'),
            originalName: `${input.layout}-${index + 1}.${format === 'jpeg' ? 'jpg' : format}`,
          },
          graphic.bytes,
        ),
      );
    }
    await recordAudit(repos, actor, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'graphics.rendered',
      entityType: 'brand',
      entityId: brand.id,
      after: { layout: input.layout, format, tier: background.tier, mediaIds: stored.map((asset) => asset.id) },
    });
    return stored;
  });
  return { media, contrast: Math.min(...rendered.map((graphic) => graphic.contrast)), tier: background.tier, notice: background.notice };
}
