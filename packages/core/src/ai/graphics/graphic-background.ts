import { AppError } from '../../errors';
import type { CoreDeps } from '../../deps';
import type { Actor } from '../../shared/actor';
import type { LayoutGeometry } from './layouts';

/** The background a render uses and where it came from. */
export interface ChosenBackground {
  bytes: Buffer | null;
  tier: 'template' | 'stability';
  /** Why a generated background was asked for but not used; shown to the person. */
  notice: string | null;
}

const notAnImage = (message: string) => AppError.invalid([{ field: 'backgroundMediaId', message }], 'Choose an uploaded image as the background.');

/** An uploaded image of the actor's organization that the renderer can draw; anything else names the field. */
export async function uploadedBackground(deps: Pick<CoreDeps, 'uow' | 'graphics'>, actor: Actor, mediaId: string): Promise<Buffer> {
  const media = await deps.uow.media.findById(actor.organizationId, mediaId);
  if (!media) throw notAnImage('No uploaded image with this id in your organization');
  if (media.kind !== 'image') throw notAnImage('This media is not an image');
  const bytes = await deps.uow.media.readBytes(actor.organizationId, media.id);
  if (!bytes || !(await deps.graphics.canDecode(bytes))) throw notAnImage('This image cannot be read');
  return bytes;
}

/**
 * A background generated from `prompt` when an image generator is configured. Generation is a
 * nice-to-have: on any failure (out of credits, outage, timeout, filtered, unreadable bytes) the
 * graphic is still drawn, from the template, and the notice says why.
 */
export async function generatedBackground(
  deps: Pick<CoreDeps, 'graphics' | 'imageGenerator' | 'uow' | 'clock'>,
  task: { organizationId: string; brandId: string; userId: string },
  prompt: string,
  geometry: LayoutGeometry,
): Promise<ChosenBackground> {
  const generator = deps.imageGenerator;
  if (!generator) {
    return { bytes: null, tier: 'template', notice: 'Image generation is not configured (STABILITY_API_KEY); the graphic was drawn from the template.' };
  }
  const started = performance.now();
  // Every generation attempt is an AI task, like every text call: who asked, what, how long, why it failed.
  const record = (status: 'succeeded' | 'failed', error: string | null) =>
    deps.uow.aiTasks.record({
      ...task,
      agent: 'image.generate',
      provider: generator.provider,
      model: generator.model,
      prompt: { system: '', user: prompt },
      output: null,
      tokensIn: null,
      tokensOut: null,
      costUsd: null,
      latencyMs: Math.round(performance.now() - started),
      status,
      error,
      createdAt: deps.clock.now(),
    });
  try {
    const image = await generator.generate({ prompt, width: geometry.width, height: geometry.height });
    if (!(await deps.graphics.canDecode(image.bytes))) throw new Error('the generated image cannot be decoded');
    await record('succeeded', null);
    return { bytes: image.bytes, tier: 'stability', notice: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await record('failed', reason.slice(0, 1000));
    return { bytes: null, tier: 'template', notice: `Image generation failed (${reason}); the graphic was drawn from the template.` };
  }
}
