import { generateText, jsonSchema, NoObjectGeneratedError, Output, type LanguageModel } from 'ai';
import type { TextCompletion, TextCompletionRequest } from '@socialseed/core/ports/text-provider';
import { toTextProviderError } from './text-provider-errors';

export interface SdkCompletionOptions {
  /**
   * Whether the model takes the JSON schema as structured output (OpenAI json_schema, Anthropic
   * output_config). When it does not (DeepSeek, Groq's JSON mode), the schema goes into the system
   * prompt instead and the request asks for JSON mode, so every provider sees the shape.
   */
  structuredOutputs: boolean;
}

/** Instructions for models that cannot take the schema as a response format. */
export function schemaInPrompt(system: string, schema: Record<string, unknown>): string {
  return `${system}\n\nAnswer with one JSON object only, no prose and no code fence, that follows this JSON schema:\n${JSON.stringify(schema)}`;
}

/**
 * The SDK's output spec per JSON schema: building it walks and memoizes the schema. Callers build
 * their schema object afresh per request (from zod, with the variant count), so specs are kept by
 * the schema's text, not its identity. An agent asks for a handful of shapes; the cap only guards
 * against a caller that would mint a new one per call.
 */
const MAX_OUTPUT_SPECS = 64;
const structuredOutputs = new Map<string, ReturnType<typeof Output.object>>();
function structuredOutputFor(schema: Record<string, unknown>) {
  const key = JSON.stringify(schema);
  let output = structuredOutputs.get(key);
  if (!output) {
    if (structuredOutputs.size >= MAX_OUTPUT_SPECS) structuredOutputs.clear();
    output = Output.object({ schema: jsonSchema(schema) });
    structuredOutputs.set(key, output);
  }
  return output;
}

const tokens = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? null : value);

/**
 * One call through the AI SDK's `generateText`, without the SDK's own retries (the chain retries,
 * so it can record and budget every attempt). A JSON answer the SDK cannot parse is still returned
 * as text: deciding it is malformed is the caller's `parse`, which the chain retries once.
 */
export async function completeWithSdk(model: LanguageModel, request: TextCompletionRequest, options: SdkCompletionOptions): Promise<TextCompletion> {
  const schema = request.jsonSchema;
  const system = schema && !options.structuredOutputs ? schemaInPrompt(request.system, schema) : request.system;
  try {
    const result = await generateText({
      model,
      system,
      prompt: request.user,
      maxOutputTokens: request.maxOutputTokens,
      temperature: request.temperature,
      abortSignal: request.signal,
      maxRetries: 0,
      // Without structured outputs the schema is in the prompt and the API gets plain JSON mode.
      ...(schema ? { output: options.structuredOutputs ? structuredOutputFor(schema) : Output.json() } : {}),
    });
    return { text: result.text, tokensIn: tokens(result.usage.inputTokens), tokensOut: tokens(result.usage.outputTokens) };
  } catch (error) {
    if (NoObjectGeneratedError.isInstance(error) && error.text !== undefined) {
      return { text: error.text, tokensIn: tokens(error.usage?.inputTokens), tokensOut: tokens(error.usage?.outputTokens) };
    }
    throw toTextProviderError(error);
  }
}
