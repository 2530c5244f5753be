import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TextProviderError, type TextCompletionRequest } from '@socialseed/core/ports/text-provider';
import { startFakeAnthropic, type FakeAnthropic } from '@socialseed/testkit/fakes/ai/fake-anthropic';
import { startFakeOpenAiCompatible, type FakeOpenAiCompatible } from '@socialseed/testkit/fakes/ai/fake-openai-compatible';
import { MALFORMED_TEXT } from '@socialseed/testkit/fakes/ai/scripted-ai-server';
import { createAnthropicTextProvider } from './anthropic.provider';
import { createOpenAiCompatibleTextProvider } from './openai-compatible.provider';

const schema = { type: 'object', properties: { variants: { type: 'array', items: { type: 'string' } } }, required: ['variants'], additionalProperties: false };

const request = (overrides: Partial<TextCompletionRequest> = {}): TextCompletionRequest => ({
  system: 'You write posts.',
  user: 'Write about tea.',
  jsonSchema: schema,
  maxOutputTokens: 300,
  temperature: 0.7,
  signal: AbortSignal.timeout(5_000),
  ...overrides,
});

async function failure(promise: Promise<unknown>): Promise<TextProviderError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TextProviderError);
  return error as TextProviderError;
}

let chat: FakeOpenAiCompatible;
let anthropicFake: FakeAnthropic;
beforeAll(async () => {
  chat = await startFakeOpenAiCompatible({ apiKey: 'sk-test' });
  anthropicFake = await startFakeAnthropic({ apiKey: 'ant-test' });
});
afterAll(async () => {
  await chat.close();
  await anthropicFake.close();
});
beforeEach(() => {
  chat.reset();
  anthropicFake.reset();
});

describe('OpenAI-compatible provider (real AI SDK over HTTP)', () => {
  const provider = (overrides: { structuredOutputs?: boolean; apiKey?: string } = {}) =>
    createOpenAiCompatibleTextProvider({ name: 'openai', model: 'gpt-4o-mini', baseUrl: chat.baseUrl, apiKey: overrides.apiKey ?? 'sk-test', structuredOutputs: overrides.structuredOutputs ?? true });

  it('sends the schema as json_schema structured output and returns text and usage', async () => {
    chat.script({ kind: 'json', value: { variants: ['Tea time'] }, tokensIn: 120, tokensOut: 30 });
    const completion = await provider().complete(request());
    expect(completion).toEqual({ text: '{"variants":["Tea time"]}', tokensIn: 120, tokensOut: 30 });
    const [sent] = chat.requests;
    expect(sent?.body).toMatchObject({
      model: 'gpt-4o-mini',
      max_tokens: 300,
      temperature: 0.7,
      response_format: { type: 'json_schema', json_schema: { schema } },
      messages: [{ role: 'system', content: 'You write posts.' }, { role: 'user', content: 'Write about tea.' }],
    });
    expect(sent?.headers.authorization).toBe('Bearer sk-test');
    expect(chat.violations).toEqual([]);
  });

  it('puts the schema in the prompt and asks for JSON mode when the API takes no schema (DeepSeek, Groq)', async () => {
    chat.script({ kind: 'json', value: { variants: ['x'] } });
    await provider({ structuredOutputs: false }).complete(request());
    const body = chat.requests[0]?.body as { response_format: unknown; messages: Array<{ content: string }> };
    expect(body.response_format).toEqual({ type: 'json_object' });
    expect(body.messages[0]?.content).toContain(JSON.stringify(schema));
    expect(chat.violations).toEqual([]);
  });

  it('returns unparseable output as text, leaving the verdict to the caller', async () => {
    chat.script({ kind: 'malformed', tokensIn: 50, tokensOut: 7 });
    expect(await provider().complete(request())).toEqual({ text: MALFORMED_TEXT, tokensIn: 50, tokensOut: 7 });
  });

  it('maps 500, 429 and broken bodies to transient, 401 and 400 to permanent, with the status', async () => {
    chat.script({ kind: 'status', status: 500 }, { kind: 'status', status: 429 }, { kind: 'broken-body' }, { kind: 'status', status: 400, message: 'bad model' });
    expect(await failure(provider().complete(request()))).toMatchObject({ kind: 'transient', status: 500 });
    expect(await failure(provider().complete(request()))).toMatchObject({ kind: 'transient', status: 429 });
    expect(await failure(provider().complete(request()))).toMatchObject({ kind: 'transient' });
    expect(await failure(provider().complete(request()))).toMatchObject({ kind: 'permanent', status: 400 });
    expect(await failure(provider({ apiKey: 'sk-wrong' }).complete(request()))).toMatchObject({ kind: 'permanent', status: 401 });
    expect(chat.requests).toHaveLength(5); // the SDK's own retries are off: the chain retries
  });

  it('maps an abort (the chain timeout) and a refused connection to transient', async () => {
    chat.script({ kind: 'hang' });
    expect(await failure(provider().complete(request({ signal: AbortSignal.timeout(100) })))).toMatchObject({ kind: 'transient' });
    const closed = createOpenAiCompatibleTextProvider({ name: 'local', model: 'm', baseUrl: 'http://127.0.0.1:9/v1', apiKey: null, structuredOutputs: true });
    expect(await failure(closed.complete(request()))).toMatchObject({ kind: 'transient' });
  });
});

describe('Anthropic provider (real AI SDK over HTTP)', () => {
  const provider = (apiKey = 'ant-test') => createAnthropicTextProvider({ name: 'anthropic', model: 'claude-haiku-4-5', baseUrl: anthropicFake.baseUrl, apiKey });

  it('sends the schema as native structured output and returns text and usage', async () => {
    anthropicFake.script({ kind: 'json', value: { variants: ['Tea'] }, tokensIn: 200, tokensOut: 40 });
    const completion = await provider().complete(request());
    expect(completion).toEqual({ text: '{"variants":["Tea"]}', tokensIn: 200, tokensOut: 40 });
    const [sent] = anthropicFake.requests;
    expect(sent?.path).toBe('/v1/messages');
    expect(sent?.headers['x-api-key']).toBe('ant-test');
    expect(sent?.headers['anthropic-version']).toBeTruthy();
    expect(sent?.body).toMatchObject({ model: 'claude-haiku-4-5', max_tokens: 300, output_config: { format: { type: 'json_schema' } } });
    expect(JSON.stringify(sent?.body)).toContain('You write posts.');
    expect(anthropicFake.violations).toEqual([]);
  });

  it('maps 529 overloaded to transient and a bad key to permanent', async () => {
    anthropicFake.script({ kind: 'status', status: 529 });
    expect(await failure(provider().complete(request()))).toMatchObject({ kind: 'transient', status: 529 });
    expect(await failure(provider('wrong').complete(request()))).toMatchObject({ kind: 'permanent', status: 401 });
  });

  it('returns malformed output as text', async () => {
    anthropicFake.script({ kind: 'malformed', tokensIn: 9, tokensOut: 3 });
    expect(await provider().complete(request())).toEqual({ text: MALFORMED_TEXT, tokensIn: 9, tokensOut: 3 });
  });
});
