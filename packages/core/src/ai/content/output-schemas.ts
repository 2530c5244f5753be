import { z } from 'zod';
import { normalizeHashtag, uniqueHashtags } from './hashtag-text';
import { extractJson, MalformedOutputError } from './extract-json';

/** Tags as a model writes them, in the form posts use; unusable ones dropped, repeats once. */
export const hashtagListSchema = z
  .array(z.string())
  .transform((tags) => uniqueHashtags(tags.flatMap((tag) => normalizeHashtag(tag) ?? [])));

export const variantSchema = z.object({
  text: z.string().trim().min(1, 'Must not be empty'),
  hashtags: hashtagListSchema.default([]),
});

/** The answer asked for in the generation prompt; `count` fixes the number of variants. */
export const variantsAnswerSchema = (count: number) =>
  z.object({ variants: z.array(variantSchema).length(count, `Must have exactly ${count} variants`) });

export const improvedAnswerSchema = z.object({ text: z.string().trim().min(1, 'Must not be empty') });
export const hashtagsAnswerSchema = z.object({ hashtags: hashtagListSchema });

/**
 * What providers are asked for (structured output): stricter than what is accepted above —
 * every field required, nothing extra — because OpenAI-style strict mode needs exactly that,
 * while parsing forgives a missing hashtag list. Kept beside the parsing schemas so they agree.
 */
export const providerAnswerSchemas = {
  variants: (count: number) =>
    z.strictObject({
      variants: z.array(z.strictObject({ text: z.string().min(1), hashtags: z.array(z.string()) })).length(count),
    }),
  improved: z.strictObject({ text: z.string().min(1) }),
  hashtags: (count: number) => z.strictObject({ hashtags: z.array(z.string()).max(count) }),
};

/** A zod schema as JSON schema for a provider; `$schema` is dropped, as some servers refuse unknown top-level keys. */
export function toProviderJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...jsonSchema } = z.toJSONSchema(schema) as Record<string, unknown>;
  return jsonSchema;
}

/** Parses a model's answer against a schema; any problem is a MalformedOutputError naming the path. */
export function parseAnswer<T>(raw: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(extractJson(raw));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    throw new MalformedOutputError(`The answer does not have the required shape: ${issues}`, { cause: parsed.error });
  }
  return parsed.data;
}
