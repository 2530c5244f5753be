import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The fake's own SigV4 verification, written from the AWS docs independently of the client's
 * signer (https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html), so a
 * bug in the signer cannot be mirrored here and pass unnoticed.
 */
export interface ReceivedRequest {
  method: string;
  /** Path and query exactly as they came over the wire. */
  rawUrl: string;
  /** Lower-case names. */
  headers: Record<string, string | undefined>;
  body: Buffer;
}

export type SignatureVerdict =
  | { ok: true }
  | { ok: false; status: 400 | 403; code: 'AccessDenied' | 'InvalidAccessKeyId' | 'SignatureDoesNotMatch' | 'XAmzContentSHA256Mismatch' | 'AuthorizationHeaderMalformed'; message: string };

const AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

const rfc3986 = (value: string) => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function canonicalQuery(search: string): string {
  if (!search) return '';
  return search
    .slice(1)
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const [name = '', value = ''] = pair.split('=');
      return `${rfc3986(decodeURIComponent(name))}=${rfc3986(decodeURIComponent(value))}`;
    })
    .sort()
    .join('&');
}

export function verifySignature(request: ReceivedRequest, credentials: { accessKeyId: string; secretAccessKey: string }): SignatureVerdict {
  const match = AUTHORIZATION.exec(request.headers.authorization ?? '');
  if (!match) return { ok: false, status: 403, code: 'AccessDenied', message: 'Missing or malformed AWS4-HMAC-SHA256 Authorization header' };
  const [, accessKeyId = '', date = '', region = '', signedHeaderList = '', signature = ''] = match;
  if (accessKeyId !== credentials.accessKeyId) return { ok: false, status: 403, code: 'InvalidAccessKeyId', message: 'The AWS Access Key Id you provided does not exist in our records.' };
  const amzDate = request.headers['x-amz-date'] ?? '';
  if (!amzDate.startsWith(date)) return { ok: false, status: 400, code: 'AuthorizationHeaderMalformed', message: 'x-amz-date does not match the credential scope date' };
  const payloadHash = request.headers['x-amz-content-sha256'] ?? '';
  if (payloadHash !== 'UNSIGNED-PAYLOAD' && payloadHash !== createHash('sha256').update(request.body).digest('hex')) {
    return { ok: false, status: 400, code: 'XAmzContentSHA256Mismatch', message: "The provided 'x-amz-content-sha256' header does not match what was computed." };
  }
  const signedHeaders = signedHeaderList.split(';');
  if (!signedHeaders.includes('host') || !signedHeaders.includes('x-amz-date')) {
    return { ok: false, status: 403, code: 'AccessDenied', message: 'host and x-amz-date must be signed' };
  }
  const url = new URL(request.rawUrl, 'http://fake.invalid');
  const canonicalHeaders = signedHeaders.map((name) => `${name}:${(request.headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const canonicalRequest = [request.method, url.pathname, canonicalQuery(url.search), canonicalHeaders, signedHeaderList, payloadHash].join('\n');
  const scope = `${date}/${region}/s3/aws4_request`;
  const stringToSign = `AWS4-HMAC-SHA256\n${amzDate}\n${scope}\n${createHash('sha256').update(canonicalRequest).digest('hex')}`;
  let key: Buffer = Buffer.from(`AWS4${credentials.secretAccessKey}`);
  for (const part of [date, region, 's3', 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
  const expected = createHmac('sha256', key).update(stringToSign).digest();
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) {
    return { ok: false, status: 403, code: 'SignatureDoesNotMatch', message: 'The request signature we calculated does not match the signature you provided. Check your key and signing method.' };
  }
  return { ok: true };
}
