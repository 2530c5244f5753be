import { z } from 'zod';

/**
 * S3's XML error body, `<Error><Code>…</Code><Message>…</Message>…</Error>`
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html). Only Code and Message
 * are read, so a tiny extraction stands in for an XML parser.
 */
export const s3ErrorSchema = z.object({ code: z.string().min(1), message: z.string() });
export type S3ErrorBody = z.infer<typeof s3ErrorSchema>;

const unescapeXml = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function element(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  return match?.[1] === undefined ? undefined : unescapeXml(match[1]);
}

/** Code and Message of an S3 error body; null when the body is not one (e.g. a HEAD-less 404 from a proxy). */
export function parseS3Error(xml: string): S3ErrorBody | null {
  const parsed = s3ErrorSchema.safeParse({ code: element(xml, 'Code'), message: element(xml, 'Message') ?? '' });
  return parsed.success ? parsed.data : null;
}
