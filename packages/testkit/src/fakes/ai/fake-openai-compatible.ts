import { checkFields, inRange, isObject, isPositiveInteger, isString, messagesCheck, type Check } from './request-checks';
import { ScriptedAiServer, type AiWireFormat } from './scripted-ai-server';

/** `response_format` as OpenAI documents it: text, json_object, or json_schema with a name and schema. */
const responseFormat: Check = (value) => {
  if (isObject(value)) return 'must be an object';
  const format = value as { type?: unknown; json_schema?: { name?: unknown; schema?: unknown } };
  if (format.type === 'text' || format.type === 'json_object') return null;
  if (format.type !== 'json_schema') return 'type must be text, json_object or json_schema';
  if (!format.json_schema || isString(format.json_schema.name) || isObject(format.json_schema.schema)) return 'json_schema needs a name and a schema object';
  return null;
};

/**
 * The Chat Completions request as OpenAI documents it (platform.openai.com/docs/api-reference/chat/create),
 * which DeepSeek, Groq, Ollama, vLLM and LM Studio accept too — only what we send is checked.
 */
function checkChatRequest(body: Record<string, unknown>): string[] {
  const problems = checkFields(
    body,
    { model: isString, messages: messagesCheck(['system', 'developer', 'user', 'assistant', 'tool']) },
    { max_tokens: isPositiveInteger, temperature: inRange(0, 2), response_format: responseFormat, stream: (value) => (value === false ? null : 'streaming is not used') },
  );
  // OpenAI refuses JSON mode unless the messages say "JSON" somewhere.
  const format = body.response_format as { type?: unknown } | undefined;
  const mentionsJson = JSON.stringify(body.messages ?? []).toLowerCase().includes('json');
  if (format?.type === 'json_object' && !mentionsJson) problems.push("response_format: json_object needs the word 'json' in the messages");
  return problems;
}

const errorTypes: Record<number, string> = { 400: 'invalid_request_error', 401: 'invalid_request_error', 404: 'invalid_request_error', 429: 'rate_limit_exceeded' };

function chatFormat(apiKey: string | null): AiWireFormat {
  return {
    name: 'OpenAI-compatible',
    path: '/v1/chat/completions',
    authenticate(headers) {
      if (apiKey === null || headers.authorization === `Bearer ${apiKey}`) return null;
      return { status: 401, body: { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key', param: null } } };
    },
    validate: checkChatRequest,
    success(body, text, usage) {
      return {
        id: `chatcmpl-${Math.random().toString(36).slice(2)}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
        usage: { prompt_tokens: usage.tokensIn, completion_tokens: usage.tokensOut, total_tokens: usage.tokensIn + usage.tokensOut },
      };
    },
    error: (status, message) => ({ error: { message, type: errorTypes[status] ?? 'server_error', code: null, param: null } }),
  };
}

/**
 * A fake OpenAI-compatible chat server (DeepSeek, Groq, OpenAI, Ollama … all speak this). Point a
 * provider's base URL at `baseUrl`. With an `apiKey` it answers 401 to any other bearer token.
 */
export class FakeOpenAiCompatible extends ScriptedAiServer {
  constructor(options: { apiKey?: string | null } = {}) {
    super(chatFormat(options.apiKey ?? null));
  }

  /** What OPENAI_COMPATIBLE_BASE_URL / DEEPSEEK_BASE_URL … take: the origin plus /v1. */
  get baseUrl(): string {
    return `${this.originUrl}/v1`;
  }
}

export async function startFakeOpenAiCompatible(options: { apiKey?: string | null } = {}): Promise<FakeOpenAiCompatible> {
  return new FakeOpenAiCompatible(options).start();
}
