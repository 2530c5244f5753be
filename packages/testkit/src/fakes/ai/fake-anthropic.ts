import { checkFields, inRange, isObject, isPositiveInteger, isString, messagesCheck, type Check } from './request-checks';
import { ScriptedAiServer, type AiWireFormat } from './scripted-ai-server';

const systemPrompt: Check = (value) => (typeof value === 'string' || Array.isArray(value) ? null : 'must be a string or an array of text blocks');

/** Native structured output: `output_config.format` is `{ type: 'json_schema', schema }`. */
const outputConfig: Check = (value) => {
  if (isObject(value)) return 'must be an object';
  const format = (value as { format?: { type?: unknown; schema?: unknown } }).format;
  if (format === undefined) return null;
  return format.type === 'json_schema' && !isObject(format.schema) ? null : 'format must be { type: json_schema, schema }';
};

/** The Messages request as Anthropic documents it (docs.anthropic.com/en/api/messages); only what we send is checked. */
function checkMessagesRequest(body: Record<string, unknown>): string[] {
  return checkFields(
    body,
    { model: isString, max_tokens: isPositiveInteger, messages: messagesCheck(['user', 'assistant']) },
    {
      system: systemPrompt,
      temperature: inRange(0, 1),
      output_config: outputConfig,
      tools: (value) => (Array.isArray(value) ? null : 'must be an array'),
      stream: (value) => (value === false ? null : 'streaming is not used'),
    },
  );
}

const errorTypes: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  429: 'rate_limit_error',
  529: 'overloaded_error',
};

const asObject = (text: string): Record<string, unknown> | null => {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

function messagesFormat(apiKey: string): AiWireFormat {
  return {
    name: 'Anthropic',
    path: '/v1/messages',
    authenticate(headers) {
      if (headers['x-api-key'] === apiKey) return null;
      return { status: 401, body: { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } } };
    },
    validate: checkMessagesRequest,
    success(body, text, usage) {
      // Older models get the schema as a forced `json` tool; answer through it when we can.
      const tools = Array.isArray(body.tools) ? (body.tools as Array<{ name?: unknown }>) : [];
      const input = tools.some((tool) => tool.name === 'json') ? asObject(text) : null;
      const content = input ? [{ type: 'tool_use', id: `toolu_${Math.random().toString(36).slice(2)}`, name: 'json', input }] : [{ type: 'text', text }];
      return {
        id: `msg_${Math.random().toString(36).slice(2)}`,
        type: 'message',
        role: 'assistant',
        model: body.model,
        content,
        stop_reason: input ? 'tool_use' : 'end_turn',
        stop_sequence: null,
        usage: { input_tokens: usage.tokensIn, output_tokens: usage.tokensOut },
      };
    },
    error: (status, message) => ({ type: 'error', error: { type: errorTypes[status] ?? 'api_error', message } }),
  };
}

/** A fake Anthropic Messages API. ANTHROPIC_BASE_URL takes `baseUrl` (the origin, no /v1). */
export class FakeAnthropic extends ScriptedAiServer {
  readonly apiKey: string;

  constructor(options: { apiKey?: string } = {}) {
    const apiKey = options.apiKey ?? 'fake-anthropic-key';
    super(messagesFormat(apiKey));
    this.apiKey = apiKey;
  }

  get baseUrl(): string {
    return this.originUrl;
  }
}

export async function startFakeAnthropic(options: { apiKey?: string } = {}): Promise<FakeAnthropic> {
  return new FakeAnthropic(options).start();
}
