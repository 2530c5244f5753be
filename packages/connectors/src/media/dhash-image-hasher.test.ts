import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hammingDistance, SAME_IMAGE_MAX_DISTANCE } from '@socialseed/core/trends/dedup/image-hash';
import sharp from 'sharp';
import { createDhashImageHasher } from './dhash-image-hasher';
import { type PhotoVariant, syntheticPhoto } from './testing/synthetic-photo';

const hasher = createDhashImageHasher();
const SEEDS = Array.from({ length: 30 }, (_, index) => index + 1);
const VARIANTS: PhotoVariant[] = ['resized', 'recompressed', 'cropped-small'];

describe('dHash of photos', () => {
  it('is 16 hex characters, the same for the same bytes', async () => {
    const photo = await syntheticPhoto(7);
    const hash = await hasher.hashBytes(photo);
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(await hasher.hashBytes(photo)).toBe(hash);
  });

  it(`stays within ${SAME_IMAGE_MAX_DISTANCE} bits when a photo is resized, recompressed or slightly cropped`, async () => {
    const distances: number[] = [];
    for (const seed of SEEDS.slice(0, 10)) {
      const original = await hasher.hashBytes(await syntheticPhoto(seed));
      for (const variant of VARIANTS) distances.push(hammingDistance(original, await hasher.hashBytes(await syntheticPhoto(seed, variant))));
    }
    console.info(`dHash distance to own variants: max ${Math.max(...distances)}, mean ${(distances.reduce((a, b) => a + b, 0) / distances.length).toFixed(1)}`);
    expect(Math.max(...distances)).toBeLessThanOrEqual(SAME_IMAGE_MAX_DISTANCE);
  }, 60_000);

  it(`puts different photos more than ${SAME_IMAGE_MAX_DISTANCE} bits apart`, async () => {
    const hashes = await Promise.all(SEEDS.map(async (seed) => hasher.hashBytes(await syntheticPhoto(seed))));
    const distances = hashes.flatMap((a, i) => hashes.slice(i + 1).map((b) => hammingDistance(a, b)));
    console.info(`dHash distance between ${SEEDS.length} different photos: min ${Math.min(...distances)}, mean ${(distances.reduce((a, b) => a + b, 0) / distances.length).toFixed(1)}`);
    expect(Math.min(...distances)).toBeGreaterThan(SAME_IMAGE_MAX_DISTANCE);
  }, 60_000);

  it('reads the picture upright (EXIF orientation) and ignores the aspect ratio', async () => {
    const photo = await syntheticPhoto(3);
    const hash = await hasher.hashBytes(photo);
    // Stored rotated a quarter turn with an EXIF tag saying to turn it back (orientation 8).
    const rotated = await sharp(photo).rotate(90).withMetadata({ orientation: 8 }).jpeg().toBuffer();
    expect(hammingDistance(hash, await hasher.hashBytes(rotated))).toBeLessThanOrEqual(SAME_IMAGE_MAX_DISTANCE);
    const stretched = await sharp(photo).resize(1200, 500, { fit: 'fill' }).jpeg().toBuffer();
    expect(hammingDistance(hash, await hasher.hashBytes(stretched))).toBeLessThanOrEqual(SAME_IMAGE_MAX_DISTANCE);
  });

  it('throws for bytes that are not an image', async () => {
    await expect(hasher.hashBytes(Buffer.from('<html>not an image</html>'))).rejects.toThrow();
  });
});

describe('dHash of a URL', () => {
  let server: http.Server;
  let base: string;
  let photo: Buffer;
  let servedBytes = 0;

  beforeAll(async () => {
    photo = await syntheticPhoto(11);
    server = http.createServer((request, response) => {
      switch (request.url) {
        case '/photo.jpg':
          response.setHeader('content-type', 'image/jpeg');
          return void response.end(photo);
        case '/moved':
          response.statusCode = 302;
          response.setHeader('location', '/photo.jpg');
          return void response.end();
        case '/page.html':
          response.setHeader('content-type', 'text/html');
          return void response.end('<html><body>Not a picture</body></html>');
        case '/huge-declared':
          response.setHeader('content-length', String(50 * 1024 * 1024));
          return void response.end();
        case '/huge-streamed': {
          // No length given: the hasher has to stop reading by itself.
          response.setHeader('content-type', 'image/jpeg');
          const chunk = Buffer.alloc(64 * 1024, 0xff);
          const write = () => {
            while (servedBytes < 50 * 1024 * 1024) {
              servedBytes += chunk.length;
              if (!response.write(chunk)) return void response.once('drain', write);
            }
            response.end();
          };
          response.on('close', () => response.destroy());
          return write();
        }
        case '/slow':
          return; // never answers
        default:
          response.statusCode = 404;
          return void response.end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('hashes a fetched image as its bytes, following redirects', async () => {
    const expected = await hasher.hashBytes(photo);
    expect(await hasher.hashUrl(`${base}/photo.jpg`)).toBe(expected);
    expect(await hasher.hashUrl(`${base}/moved`)).toBe(expected);
  });

  it('is null for a missing page, a page that is not an image, and a URL it may not fetch', async () => {
    expect(await hasher.hashUrl(`${base}/missing.jpg`)).toBeNull();
    expect(await hasher.hashUrl(`${base}/page.html`)).toBeNull();
    expect(await hasher.hashUrl('file:///etc/passwd')).toBeNull();
    expect(await hasher.hashUrl('not a url')).toBeNull();
    expect(await hasher.hashUrl('http://127.0.0.1:1/closed.jpg')).toBeNull();
  });

  it('is null for an image over the size limit, without reading all of it', async () => {
    const small = createDhashImageHasher({ maxBytes: 1024 * 1024 });
    expect(await small.hashUrl(`${base}/huge-declared`)).toBeNull();
    expect(await small.hashUrl(`${base}/huge-streamed`)).toBeNull();
    expect(servedBytes).toBeLessThan(20 * 1024 * 1024);
    expect(await createDhashImageHasher({ maxBytes: photo.length - 1 }).hashUrl(`${base}/photo.jpg`)).toBeNull();
  });

  it('is null when the server does not answer in time', async () => {
    const impatient = createDhashImageHasher({ timeoutMs: 200 });
    const started = Date.now();
    expect(await impatient.hashUrl(`${base}/slow`)).toBeNull();
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('uses the fetch it is given', async () => {
    const requested: string[] = [];
    const fake: typeof fetch = async (input) => {
      requested.push(String(input));
      return new Response(new Uint8Array(photo), { headers: { 'content-type': 'image/jpeg' } });
    };
    expect(await createDhashImageHasher({ fetch: fake }).hashUrl('https://images.example/p.jpg')).toBe(await hasher.hashBytes(photo));
    expect(requested).toEqual(['https://images.example/p.jpg']);
  });
});
