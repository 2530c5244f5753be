/** One file part of a multipart body. */
export interface UploadedFile {
  filename: string;
  mimeType: string;
  bytes: Buffer;
}

/**
 * A request body as the fakes and the validator see it. Form and multipart fields keep every
 * value in order, because `media_ids[]=1&media_ids[]=2` is how Rails apps take arrays.
 */
export type ParsedBody =
  | { kind: 'none' }
  | { kind: 'json'; mediaType: string; value: unknown }
  | { kind: 'form'; mediaType: string; fields: Record<string, string[]> }
  | { kind: 'multipart'; mediaType: string; fields: Record<string, string[]>; files: Record<string, UploadedFile[]> }
  | { kind: 'invalid'; mediaType: string; error: string }
  | { kind: 'other'; mediaType: string; bytes: Buffer };

/** `application/json; charset=utf-8` → `application/json`. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function push<T>(target: Record<string, T[]>, key: string, value: T): void {
  (target[key] ??= []).push(value);
}

/** Parses bytes by their Content-Type; never throws, so a malformed body becomes a violation. */
export async function parseBody(contentType: string | undefined, bytes: Buffer): Promise<ParsedBody> {
  if (bytes.length === 0) return { kind: 'none' };
  const mediaType = mediaTypeOf(contentType);
  try {
    if (mediaType === 'application/json' || mediaType.endsWith('+json')) {
      return { kind: 'json', mediaType, value: JSON.parse(bytes.toString('utf8')) as unknown };
    }
    if (mediaType === 'application/x-www-form-urlencoded') {
      const fields: Record<string, string[]> = {};
      for (const [key, value] of new URLSearchParams(bytes.toString('utf8'))) push(fields, key, value);
      return { kind: 'form', mediaType, fields };
    }
    if (mediaType === 'multipart/form-data') {
      // undici's multipart parser, the same one behind fetch's Response.formData().
      const form = await new Response(bytes, { headers: { 'content-type': contentType ?? '' } }).formData();
      const fields: Record<string, string[]> = {};
      const files: Record<string, UploadedFile[]> = {};
      for (const [key, value] of form) {
        if (typeof value === 'string') push(fields, key, value);
        else push(files, key, { filename: value.name, mimeType: value.type, bytes: Buffer.from(await value.arrayBuffer()) });
      }
      return { kind: 'multipart', mediaType, fields, files };
    }
  } catch (error) {
    return { kind: 'invalid', mediaType, error: error instanceof Error ? error.message : String(error) };
  }
  return { kind: 'other', mediaType, bytes };
}

/** The first value of a form or multipart field, for fake handlers. */
export function formField(body: ParsedBody, name: string): string | undefined {
  return body.kind === 'form' || body.kind === 'multipart' ? body.fields[name]?.[0] : undefined;
}
