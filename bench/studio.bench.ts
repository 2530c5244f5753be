// The AI studio's own costs, without any real provider: the offline template writer, the
// template graphics renderer per layout, and what the provider chain (real AI SDK, HTTP) adds over
// a local fake provider's latency. Prints `figure-name: value unit` lines (p50 and p95).
import { fork } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeFromTemplates } from '@socialseed/core/ai/content/index';
import { contentFormats, type BrandVoice, type ContentBrief } from '@socialseed/core/ai/content-types';
import { graphicLayouts } from '@socialseed/core/ai/graphics/layouts';
import { brandPalette } from '@socialseed/core/ai/graphics/palette';
import { tones } from '@socialseed/core/brands/brand';
import { platforms } from '@socialseed/core/publishing/platforms';
import { platformLimits } from '@socialseed/core/publishing/rules/platform-rules';
import { createOpenAiCompatibleTextProvider } from '@socialseed/connectors/ai/openai-compatible.provider';
import { runProviderChain, type ChainDeps } from '@socialseed/core/ai/provider-chain';
import { realSleep } from '@socialseed/core/ai/text-generation';
import { createTemplateGraphicsRenderer } from '@socialseed/connectors/graphics/template-renderer';

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
};
const print = (name: string, samples: number[]) => {
  console.log(`${name}-p50: ${percentile(samples, 0.5).toFixed(2)} ms`);
  console.log(`${name}-p95: ${percentile(samples, 0.95).toFixed(2)} ms`);
};

const brand: BrandVoice = {
  name: 'Ledgerly',
  industry: 'fintech',
  tone: 'educational',
  pillars: ['Open banking for small businesses', 'Cash flow tips', 'Fraud prevention'],
  audience: { roles: ['founders', 'bookkeepers'], geographies: ['EU'], companySizes: ['1-10'] },
  voiceSamples: ['Cash flow is a habit.', 'Small shops deserve big-bank tools.', 'Read the fine print.', 'Invoices paid on time change everything.', 'Banking should be boring.'],
  bannedWords: [],
  sensitiveTopics: [],
};
const topics = ['instant payouts for marketplaces', 'how open banking cuts reconciliation time', 'the new EU payment services rules', 'card fraud during the holidays'];

// Template copy: every tone × platform × format, over and over (a warm process, as a server is).
const copy: number[] = [];
for (let round = 0; round < 25; round++) {
  for (const tone of tones) {
    for (const platform of platforms) {
      for (const format of contentFormats) {
        const brief: ContentBrief = { platform, format, topic: topics[round % topics.length] ?? 'payments', context: null, callToAction: 'Try it free', tone };
        const limits = platformLimits(platform);
        const started = performance.now();
        writeFromTemplates(brand, brief, limits, 3, round);
        if (round > 0) copy.push(performance.now() - started);
      }
    }
  }
}
print('template-copy', copy);

// Template graphics: each layout rendered warm, as PNG.
const renderer = createTemplateGraphicsRenderer();
const palette = brandPalette({ primary: '#1B3A5C', secondary: '#F2C14E' });
const figureNames: Record<(typeof graphicLayouts)[number], string> = { card: 'card', square: 'square', portrait: 'portrait', story: 'story', carousel: 'carousel-frame' };
for (const layout of graphicLayouts) {
  const samples: number[] = [];
  for (let round = 0; round < 23; round++) {
    const started = performance.now();
    await renderer.render({ layout, format: 'png', headline: `${topics[round % topics.length] ?? 'Payments'}: what changes for you`, body: 'Three things every small shop should check this week.', palette, logo: null, background: null });
    if (round >= 3) samples.push(performance.now() - started);
  }
  print(`render-${figureNames[layout]}`, samples);
}

// The provider chain's own cost (real AI SDK over HTTP, budget check, task recording in memory)
// over a fake provider answering after 20 ms in another process: each sample is the call's wall
// time minus the fake's own time for it; the first 20 warm the process up and are dropped, and
// 500 samples keep the p95 from hanging on a handful of scheduler hiccups of a 2-core VM.
const fakeAi = fork(path.join(import.meta.dirname, 'support/fake-ai-process.ts'), [], { execArgv: ['--import', 'tsx'], env: { ...process.env, FAKE_AI_LATENCY_MS: '20' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const nextMessage = () => new Promise<{ ready?: string; serverMs?: Array<number | null> }>((resolve) => fakeAi.once('message', resolve));
try {
  const baseUrl = (await nextMessage()).ready ?? '';
  const provider = createOpenAiCompatibleTextProvider({ name: 'bench', model: 'bench-model', baseUrl, apiKey: 'bench-key', structuredOutputs: true });
  let recorded = 0;
  const deps: ChainDeps = {
    uow: {
      aiTasks: {
        record: async (task) => ({ ...task, id: `bench-${(recorded += 1)}` }),
        list: async () => ({ items: [], page: 1, limit: 1, total: 0 }),
        findById: async () => null,
        spentSince: async () => ({ costUsd: 0, tokens: 0 }),
        usageByProvider: async () => [],
      },
      aiSettings: { find: async () => null, save: async (_organizationId, settings) => settings },
    },
    clock: { now: () => new Date() },
    textGeneration: { providers: [provider], prices: {}, timeoutMs: 30_000, sleep: realSleep, random: Math.random },
  };
  const walls: number[] = [];
  for (let sample = 0; sample < 520; sample++) {
    const started = performance.now();
    const result = await runProviderChain(deps, {
      agent: 'bench',
      organizationId: '00000000-0000-4000-8000-000000000000',
      brandId: null,
      userId: null,
      system: 'You answer in JSON.',
      user: 'Say ok.',
      jsonSchema: { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'] },
      maxOutputTokens: 50,
      temperature: 0,
      parse: (text: string) => JSON.parse(text) as unknown,
    });
    if (!result.ok) throw new Error('the fake provider did not answer');
    walls.push(performance.now() - started);
  }
  fakeAi.send('times');
  const served = (await nextMessage()).serverMs ?? [];
  print('provider-overhead', walls.map((wall, index) => wall - (served[index] ?? Number.NaN)).slice(20));
} finally {
  fakeAi.kill();
}
