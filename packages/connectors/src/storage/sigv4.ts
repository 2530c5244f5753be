import { createHash, createHmac } from 'node:crypto';

/**
 * AWS Signature Version 4 for S3, header-signed and with the payload hash signed too
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html).
 * Written by hand over node:crypto so S3 support adds no dependency.
 */
export interface SigningCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
}

export interface SignableRequest {
  method: 'GET' | 'PUT' | 'DELETE';
  url: URL;
  /** Headers besides host and the x-amz-* ones this adds; all of them are signed. */
  headers: Record<string, string>;
  body: Buffer | null;
}

export const sha256Hex = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: Buffer | string, data: string): Buffer => createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding, as SigV4 wants it: everything but unreserved characters is %-escaped. */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `20260102T030405Z` and `20260102`. */
function amzDates(now: Date): { dateTime: string; date: string } {
  const dateTime = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  return { dateTime, date: dateTime.slice(0, 8) };
}

/** The headers to send, Authorization included. `url.pathname` must already be segment-encoded. */
export function signRequest(request: SignableRequest, credentials: SigningCredentials, now: Date): Record<string, string> {
  const { dateTime, date } = amzDates(now);
  const payloadHash = sha256Hex(request.body ?? '');
  const headers: Record<string, string> = {
    ...Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value.trim()])),
    host: request.url.host,
    'x-amz-content-sha256': payloadHash,
    'x-amz-date': dateTime,
  };
  const names = Object.keys(headers).sort();
  const signedHeaders = names.join(';');
  const query = [...request.url.searchParams]
    .map(([name, value]) => `${uriEncode(name)}=${uriEncode(value)}`)
    .sort()
    .join('&');
  const canonicalRequest = [request.method, request.url.pathname, query, names.map((name) => `${name}:${headers[name]}\n`).join(''), signedHeaders, payloadHash].join('\n');
  const scope = `${date}/${credentials.region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', dateTime, scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, date), credentials.region), 's3'), 'aws4_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign).digest('hex');
  // fetch sets Host itself from the URL (it is a forbidden header); it is signed all the same.
  const { host: _host, ...sent } = headers;
  return { ...sent, authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}` };
}
