import { describe, expect, it } from 'vitest';
import { platformLimits } from '../../publishing/rules/platform-rules';
import type { ContentBrief } from '../content-types';
import { buildGenerationPrompt, parseGeneratedVariants } from './build-generation-prompt';
import { MalformedOutputError } from './extract-json';
import { brandVoice } from './testing/brand-voice';

const brief: ContentBrief = {
  platform: 'x',
  format: 'thread',
  topic: 'EU instant payments regulation',
  context: { summary: 'Banks must offer instant euro transfers by 2025.', links: ['https://example.com/ipr'] },
  callToAction: 'Download the checklist',
  tone: null,
};

describe('buildGenerationPrompt', () => {
  const brand = brandVoice({ bannedWords: ['cheap'], sensitiveTopics: ['politics'] });
  const prompt = buildGenerationPrompt(brand, brief, platformLimits('x'), 3);

  it('puts the brand voice in the system prompt: tone, pillars, audience, industry, every sample, lists', () => {
    expect(prompt.system).toContain('Ledgerly, a brand in fintech');
    expect(prompt.system).toContain('educational: explain clearly');
    expect(prompt.system).toContain('Personal finance tips; Open banking; Small business cash flow');
    expect(prompt.system).toContain('roles: Founders; Finance leads');
    expect(prompt.system).toContain('regions: Germany; France');
    expect(prompt.system).toContain('company sizes: 11-50 employees');
    for (const sample of brand.voiceSamples) expect(prompt.system).toContain(sample);
    expect(prompt.system).toContain('Never use these words: cheap.');
    expect(prompt.system).toContain('Stay away from these topics: politics.');
  });

  it('puts the brief in the user prompt: platform, format, topic and context as data, links, limit, CTA, shape', () => {
    expect(prompt.user).toContain('Write 3 distinct variants of a short thread');
    expect(prompt.user).toContain('for X');
    expect(prompt.user).toContain('<topic>\nEU instant payments regulation\n</topic>');
    expect(prompt.user).toContain('<summary>\nBanks must offer instant euro transfers by 2025.\n</summary>');
    expect(prompt.user).toContain('- https://example.com/ipr');
    expect(prompt.user).toContain('at most 280 characters');
    expect(prompt.user).toContain('every link counts as 23');
    expect(prompt.user).toContain('Call to action to include: Download the checklist');
    expect(prompt.user).toContain('exactly 3 items in "variants"');
  });

  it('names the format and the platform’s own unit for each', () => {
    const bluesky = buildGenerationPrompt(brand, { ...brief, platform: 'bluesky', format: 'carousel' }, platformLimits('bluesky'), 2);
    expect(bluesky.user).toContain('Write 2 distinct variants of a carousel caption');
    expect(bluesky.user).toContain('at most 300 characters per post (and at most 3000 bytes of UTF-8)');
    expect(buildGenerationPrompt(brand, { ...brief, format: 'story_caption' }, platformLimits('x'), 1).user).toContain('a story caption');
    expect(buildGenerationPrompt(brand, { ...brief, format: 'single' }, platformLimits('x'), 1).user).toContain('a single standalone post');
  });

  it('honours a tone override and caps long sample lists', () => {
    const many = brandVoice({ voiceSamples: Array.from({ length: 30 }, (_, index) => `Sample number ${index}`) });
    const overridden = buildGenerationPrompt(many, { ...brief, tone: 'playful' }, platformLimits('x'), 3);
    expect(overridden.system).toContain('playful: light');
    expect(overridden.user).toContain('use the playful tone');
    expect(overridden.system).toContain('Sample number 9');
    expect(overridden.system).not.toContain('Sample number 10');
  });

  it('asks for a JSON schema with exactly count variants of text and hashtags', () => {
    expect(prompt.jsonSchema).toEqual({
      type: 'object',
      properties: {
        variants: {
          type: 'array',
          minItems: 3,
          maxItems: 3,
          items: {
            type: 'object',
            properties: { text: { type: 'string', minLength: 1 }, hashtags: { type: 'array', items: { type: 'string' } } },
            required: ['text', 'hashtags'],
            additionalProperties: false,
          },
        },
      },
      required: ['variants'],
      additionalProperties: false,
    });
  });
});

describe('parseGeneratedVariants', () => {
  const answer = { variants: [{ text: 'One #A', hashtags: ['#A'] }, { text: 'Two', hashtags: ['b', '#b', 'Open Banking'] }] };

  it('reads plain JSON and JSON in a ```json fence, normalising hashtags', () => {
    const expected = [
      { text: 'One #A', hashtags: ['#A'] },
      { text: 'Two', hashtags: ['#b', '#OpenBanking'] },
    ];
    expect(parseGeneratedVariants(JSON.stringify(answer), 2)).toEqual(expected);
    expect(parseGeneratedVariants(`Here you go:\n\`\`\`json\n${JSON.stringify(answer, null, 2)}\n\`\`\`\nEnjoy!`, 2)).toEqual(expected);
    expect(parseGeneratedVariants(`Sure! ${JSON.stringify(answer)}`, 2)).toEqual(expected);
  });

  it('defaults missing hashtags to none', () => {
    expect(parseGeneratedVariants('{"variants":[{"text":"Only text"}]}', 1)).toEqual([{ text: 'Only text', hashtags: [] }]);
  });

  it('throws MalformedOutputError on malformed output, empty texts and the wrong number of variants', () => {
    expect(() => parseGeneratedVariants('not json at all', 2)).toThrow(MalformedOutputError);
    expect(() => parseGeneratedVariants('{"variants": [{"text": "x"', 1)).toThrow(MalformedOutputError);
    expect(() => parseGeneratedVariants(JSON.stringify(answer), 3)).toThrow(/exactly 3 variants/);
    expect(() => parseGeneratedVariants('{"variants":[{"text":"  "}]}', 1)).toThrow(/variants.0.text/);
    expect(() => parseGeneratedVariants('{"items":[]}', 1)).toThrow(MalformedOutputError);
  });
});
