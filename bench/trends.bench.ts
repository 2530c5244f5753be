// Trend intelligence: the whole ingest pipeline on 50,000 generated items, ranking 1,000 trends
// for 1,000 brands, and dedup quality on the hand-labelled set (with its photos rendered and
// dHashed). Prints `figure-name: value unit` lines.
// The pipeline is the production one (runTrendPipeline: normalise, image hashes over HTTP,
// dedup, wink-nlp sentiment and lemmas, lexical embeddings, bulk upserts into a fresh embedded
// PostgreSQL, per-brand ranking); only the sources are replaced by the generated items.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { connectDatabase, launchEmbeddedPostgres, runMigrations } from '@socialseed/db';
import { brands, organizations } from '@socialseed/db/schema/index';
import type { TrendSource } from '@socialseed/core/ports/trend-source';
import { runTrendPipeline } from '@socialseed/core/trends/pipeline/run-trend-pipeline';
import { rankTrendsForBrands, type BrandScoringProfile, type TrendScoringProfile } from '@socialseed/core/trends/scoring/rank-trends-for-brands';
import { canonicalUrl } from '@socialseed/core/trends/dedup/canonical-url';
import { clusterItems } from '@socialseed/core/trends/dedup/cluster-items';
import { evaluateDedup } from '@socialseed/core/trends/dedup/evaluate-dedup';
import { labelledItems } from '@socialseed/core/trends/dedup/labelled-set';
import { textSignature } from '@socialseed/core/trends/dedup/minhash';
import { createLexicalEmbedder, LEXICAL_SIMILARITY_RANGE } from '@socialseed/core/trends/embedding/lexical-embedder';
import { industries } from '@socialseed/core/brands/brand';
import { platforms } from '@socialseed/core/publishing/platforms';
import { createWinkTextAnalyzer } from '@socialseed/connectors/nlp/wink-text-analyzer';
import { createDhashImageHasher } from '@socialseed/connectors/media/dhash-image-hasher';
import { syntheticPhoto } from '@socialseed/connectors/media/testing/synthetic-photo';
import { createServerContext } from '../apps/server/src/runtime/create-context';
import { testConfig } from '../apps/server/src/testing/test-config';
import type { JobQueue } from '../apps/server/src/jobs/job-queue';
import { generateTrendItems } from './support/generated-trend-items';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 50_000);
const IMAGE_POOL = 200;
const unit = (seed: string) => crypto.createHash('sha256').update(seed).digest().readUInt32BE(0) / 2 ** 32;

/** Serves IMAGE_POOL synthetic photos, as outlets' image CDNs would. */
async function startImageServer(): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const photos = await Promise.all(Array.from({ length: IMAGE_POOL }, (_, index) => syntheticPhoto(index)));
  const server = http.createServer((request, response) => {
    const match = /^\/img\/(\d+)\.jpg$/.exec(request.url ?? '');
    const photo = match ? photos[Number(match[1])] : undefined;
    if (!photo) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': photo.length }).end(photo);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function ingestThroughput(): Promise<void> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'socialseed-bench-trends-'));
  await fs.chmod(root, 0o755);
  const cluster = await launchEmbeddedPostgres({ databaseDir: path.join(root, 'pg'), passwordFile: path.join(root, 'pw'), databaseName: 'bench' });
  const connection = connectDatabase(cluster.databaseUrl, { maxConnections: 10 });
  await runMigrations(connection.pool, connection.db);
  const images = await startImageServer();
  const queue: JobQueue = {
    registerQueues: async () => undefined,
    enqueue: async () => null,
    writeJobs: async () => undefined,
    startWorkers: async () => undefined,
    status: async () => ({ ok: true, detail: 'bench' }),
    stop: async () => undefined,
  };
  const context = await createServerContext(testConfig({ DATABASE_URL: cluster.databaseUrl }), connection, queue, pino({ level: 'warn' }));
  // The images are served from 127.0.0.1; production hashes what feeds link to.
  context.core.trends = { ...context.core.trends, images: createDhashImageHasher(), settings: { ...context.core.trends.settings, maxImageFetchesPerRun: IMAGE_POOL } };
  try {
    const [organization] = await connection.db.insert(organizations).values({ name: 'Bench', slug: `bench-${crypto.randomUUID()}` }).returning();
    if (!organization) throw new Error('no organization');
    await connection.db.insert(brands).values(
      Array.from({ length: 10 }, (_, index) => ({
        organizationId: organization.id,
        name: `Brand ${index}`,
        industry: industries[index % industries.length]!,
        pillars: [['payments', 'fintech'], ['AI chips', 'data centers'], ['online courses', 'teachers'], ['checkout', 'delivery'], ['clinical trials', 'vaccines'], ['small businesses']][index % 6]!,
      })),
    );
    const items = generateTrendItems(ITEMS, { now: new Date(), imageBaseUrl: images.baseUrl, imagePool: IMAGE_POOL });
    const source: TrendSource = { id: 'rss', rateLimit: { capacity: 1_000, refillPerSecond: 100 }, requestCost: () => 1, fetch: async () => items };
    // Warm-up: wink-nlp's model and the JIT, on a separate organization's worth of work is not
    // needed; the first item analysed loads the model, which is part of a real first run too.
    const started = performance.now();
    const summary = await runTrendPipeline(context.core, organization.id, [source]);
    const seconds = (performance.now() - started) / 1000;
    if (summary.items.stored !== ITEMS) throw new Error(`stored ${summary.items.stored} of ${ITEMS} items`);
    console.log(`ingest-items: ${ITEMS} items`);
    console.log(`ingest-trends: ${summary.trends.created} trends`);
    console.log(`ingest-images-hashed: ${summary.images.hashed} images`);
    for (const [stage, ms] of Object.entries(summary.stagesMs)) console.log(`ingest-stage-${stage}: ${ms} ms`);
    console.log(`ingest-seconds: ${seconds.toFixed(2)} s`);
    console.log(`ingest-throughput: ${Math.round(ITEMS / seconds)} items/s`);
    // The next run sees the same stories again (a source's front page changes slowly): every
    // item matches a stored member, so this measures the merge path rather than the insert path.
    const again = performance.now();
    const rerun = await runTrendPipeline(context.core, organization.id, [source]);
    const rerunSeconds = (performance.now() - again) / 1000;
    if (rerun.trends.created !== 0) throw new Error(`the re-run created ${rerun.trends.created} trends`);
    console.log(`ingest-rerun-throughput: ${Math.round(ITEMS / rerunSeconds)} items/s`);
  } finally {
    await images.close();
    await connection.close();
    await cluster.stop();
    await fs.rm(root, { recursive: true, force: true });
  }
}

async function scoring(): Promise<void> {
  const analyzer = createWinkTextAnalyzer();
  const embedder = createLexicalEmbedder(analyzer);
  const items = generateTrendItems(1_000, { now: new Date(), imageBaseUrl: null, imagePool: 0 });
  const trendVectors = await embedder.embed(items.map((item) => `${item.title}. ${item.summary}`));
  const trends: TrendScoringProfile[] = items.map((item, index) => ({
    trendId: `trend-${index}`,
    category: industries[index % industries.length]!,
    embedding: trendVectors[index]!,
    opportunity: 0.2 + unit(`${index}:opportunity`) * 0.8,
    shape: { sources: ['rss'], hasImage: index % 5 === 0, hasLink: true, summaryLength: item.summary.length, titleLength: item.title.length },
  }));
  const pillarWords = ['payments', 'instant transfers', 'AI chips', 'data centers', 'online checkout', 'remote courses', 'clinical trials', 'cancer vaccine', 'card fees', 'GPU supply', 'small businesses', 'students', 'hospitals', 'retailers', 'language models', 'store pickup', 'teacher training', 'marketplace fees', 'mRNA research', 'buy now pay later'];
  const brandsToRank: BrandScoringProfile[] = [];
  for (let index = 0; index < 1_000; index++) {
    const count = 3 + Math.floor(unit(`${index}:pillars`) * 4);
    const texts = Array.from({ length: count }, (_, pillar) => `${pillarWords[Math.floor(unit(`${index}:${pillar}:a`) * pillarWords.length)]} ${pillarWords[Math.floor(unit(`${index}:${pillar}:b`) * pillarWords.length)]}`);
    const vectors = await embedder.embed(texts);
    brandsToRank.push({ brandId: `brand-${index}`, industry: industries[index % industries.length]!, platforms: [platforms[index % platforms.length]!], pillars: texts.map((text, pillar) => ({ text, embedding: vectors[pillar]! })), rl: () => 0.5 });
  }
  rankTrendsForBrands(brandsToRank.slice(0, 50), trends, { similarityRange: LEXICAL_SIMILARITY_RANGE }); // warm-up (JIT)
  const started = performance.now();
  const ranked = rankTrendsForBrands(brandsToRank, trends, { similarityRange: LEXICAL_SIMILARITY_RANGE });
  const elapsed = performance.now() - started;
  if (ranked.size !== 1_000) throw new Error('not every brand was ranked');
  console.log(`score-1000x1000: ${Math.round(elapsed)} ms`);
}

async function dedupQuality(): Promise<void> {
  const hasher = createDhashImageHasher();
  const hashes = new Map<string, string>();
  for (const { image } of labelledItems) {
    if (image === null) continue;
    const key = `${image.seed}/${image.variant}`;
    if (!hashes.has(key)) hashes.set(key, await hasher.hashBytes(await syntheticPhoto(image.seed, image.variant)));
  }
  const clusters = clusterItems(
    labelledItems.map((item) => ({
      canonicalUrl: item.url === null ? null : canonicalUrl(item.url),
      signature: textSignature(item.title, item.summary),
      imageHash: item.image === null ? null : (hashes.get(`${item.image.seed}/${item.image.variant}`) ?? null),
      knownTrendId: null,
    })),
    [],
  );
  const score = evaluateDedup(labelledItems, clusters);
  console.log(`dedup-labelled-items: ${labelledItems.length} items`);
  console.log(`dedup-labelled-stories: ${new Set(labelledItems.map((item) => item.story)).size} stories`);
  console.log(`dedup-precision: ${score.precision.toFixed(3)}`);
  console.log(`dedup-recall: ${score.recall.toFixed(3)}`);
}

await dedupQuality();
await scoring();
await ingestThroughput();
