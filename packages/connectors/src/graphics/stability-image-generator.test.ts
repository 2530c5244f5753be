import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImageGeneratorError } from '@socialseed/core/ports/image-generator';
import { FakeStability } from '@socialseed/testkit/fakes/stability/fake-stability';
import { createStabilityImageGenerator } from './stability-image-generator';
import { nearestAspectRatio } from './stability.schemas';

let fake: FakeStability;
beforeAll(async () => {
  fake = await new FakeStability().start();
});
afterAll(async () => fake.close());

const generator = (apiKey = fake.key, timeoutMs = 2_000) => createStabilityImageGenerator({ apiKey, baseUrl: fake.baseUrl, timeoutMs });

async function failure(promise: Promise<unknown>): Promise<ImageGeneratorError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  if (!(error instanceof ImageGeneratorError)) throw new Error(`expected an ImageGeneratorError, got ${String(error)}`);
  return error;
}

describe('Stability image generator', () => {
  it('sends a multipart request with the key, prompt and nearest aspect ratio, and returns the PNG', async () => {
    const image = await generator().generate({ prompt: 'a calm harbour at dawn', width: 1080, height: 1920 });
    const request = fake.requests.at(-1);
    expect(request).toMatchObject({ authorization: `Bearer ${fake.key}`, accept: 'image/*', fields: { prompt: 'a calm harbour at dawn', aspect_ratio: '9:16', output_format: 'png' } });
    expect(image).toMatchObject({ mimeType: 'image/png', provider: 'stability', model: 'stable-image-core' });
    expect(await sharp(image.bytes).metadata()).toMatchObject({ format: 'png', width: 96, height: 168 });
  });

  it('classifies 500 and 429 as transient, 402, 401 and 403 as permanent', async () => {
    fake.inject({ kind: 'status', status: 500 }, { kind: 'status', status: 429 }, { kind: 'status', status: 402 }, { kind: 'status', status: 403 });
    const request = { prompt: 'x', width: 1200, height: 630 };
    expect(await failure(generator().generate(request))).toMatchObject({ kind: 'transient', status: 500 });
    expect(await failure(generator().generate(request))).toMatchObject({ kind: 'transient', status: 429 });
    const outOfCredits = await failure(generator().generate(request));
    expect(outOfCredits).toMatchObject({ kind: 'permanent', status: 402 });
    expect(outOfCredits.message).toContain('payment_required');
    expect(await failure(generator().generate(request))).toMatchObject({ kind: 'permanent', status: 403 });
    expect(await failure(generator('sk-wrong').generate(request))).toMatchObject({ kind: 'permanent', status: 401 });
  });

  it('gives up on a server that never answers, as a transient failure', async () => {
    fake.inject({ kind: 'timeout' });
    expect(await failure(generator(fake.key, 300).generate({ prompt: 'x', width: 1080, height: 1080 }))).toMatchObject({ kind: 'transient' });
  });

  it('refuses a content-filtered image', async () => {
    fake.inject({ kind: 'content-filtered' });
    expect(await failure(generator().generate({ prompt: 'x', width: 1080, height: 1080 }))).toMatchObject({ kind: 'permanent' });
  });

  it('maps every layout to the nearest ratio the API accepts', () => {
    expect([nearestAspectRatio(1200, 630), nearestAspectRatio(1080, 1080), nearestAspectRatio(1080, 1350), nearestAspectRatio(1080, 1920)]).toEqual(['16:9', '1:1', '4:5', '9:16']);
  });
});
