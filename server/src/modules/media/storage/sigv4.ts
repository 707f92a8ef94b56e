import { createHash, createHmac, timingSafeEqual } from 'crypto';

/**
 * AWS Signature Version 4 for S3-compatible storage (header-based, single-chunk payload), written against
 * https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html so that no AWS SDK is needed.
 * The verifier exists for tests (a fake S3 server checks what the client signs) and uses the same canonical form.
 */

export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const ALGORITHM = 'AWS4-HMAC-SHA256';

export interface Credentials {
  accessKey: string;
  secretKey: string;
  region: string;
  service?: string;
}

export interface SignRequest {
  method: string;
  url: URL;
  /** Headers to sign besides host / x-amz-date / x-amz-content-sha256, which are added. */
  headers?: Record<string, string>;
  /** Hex SHA-256 of the body, or 'UNSIGNED-PAYLOAD'. */
  payloadHash: string;
  date?: Date;
}

export interface Signed {
  /** Every header to send, including authorization. */
  headers: Record<string, string>;
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
}

export const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding as S3 wants it: everything but A-Z a-z 0-9 - . _ ~ is %XX (upper case). */
export function uriEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** S3 does not normalise paths: each segment is decoded once (if the URL had it escaped) and encoded once. */
export function canonicalPath(rawPath: string): string {
  return (rawPath || '/').split('/').map((seg) => uriEncode(safeDecode(seg))).join('/');
}

/** Sorted, encoded query; a key without a value ("?lifecycle") becomes "lifecycle=". */
export function canonicalQuery(rawQuery: string): string {
  const q = rawQuery.startsWith('?') ? rawQuery.slice(1) : rawQuery;
  if (!q) return '';
  return q.split('&').filter(Boolean)
    .map((pair) => {
      const i = pair.indexOf('=');
      const [k, v] = i < 0 ? [pair, ''] : [pair.slice(0, i), pair.slice(i + 1)];
      return [uriEncode(safeDecode(k)), uriEncode(safeDecode(v))];
    })
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const amzDate = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function signingKey(secret: string, day: string, region: string, service: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), service), 'aws4_request');
}

interface Canonical {
  method: string;
  path: string;
  query: string;
  /** lower-case name → value */
  headers: Record<string, string>;
  signedHeaders: string[];
  payloadHash: string;
  amzDate: string;
  scope: string;
}

function computeSignature(c: Canonical, secret: string, region: string, service: string) {
  const canonicalHeaders = c.signedHeaders.map((h) => `${h}:${(c.headers[h] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const canonicalRequest = [c.method, canonicalPath(c.path), canonicalQuery(c.query), canonicalHeaders, c.signedHeaders.join(';'), c.payloadHash].join('\n');
  const stringToSign = [ALGORITHM, c.amzDate, c.scope, sha256Hex(canonicalRequest)].join('\n');
  const signature = hmac(signingKey(secret, c.amzDate.slice(0, 8), region, service), stringToSign).toString('hex');
  return { canonicalRequest, stringToSign, signature };
}

export function signV4(req: SignRequest, cred: Credentials): Signed {
  const service = cred.service ?? 's3';
  const when = amzDate(req.date ?? new Date());
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers ?? {})) headers[k.toLowerCase()] = v;
  headers.host = req.url.host;
  headers['x-amz-date'] = when;
  headers['x-amz-content-sha256'] = req.payloadHash;
  const signedHeaders = Object.keys(headers).sort();
  const scope = `${when.slice(0, 8)}/${cred.region}/${service}/aws4_request`;
  const out = computeSignature({
    method: req.method.toUpperCase(), path: req.url.pathname, query: req.url.search, headers, signedHeaders,
    payloadHash: req.payloadHash, amzDate: when, scope,
  }, cred.secretKey, cred.region, service);
  headers.authorization = `${ALGORITHM} Credential=${cred.accessKey}/${scope},SignedHeaders=${signedHeaders.join(';')},Signature=${out.signature}`;
  return { headers, ...out };
}

export interface VerifyInput {
  method: string;
  /** Raw request target, e.g. "/bucket/a%20b.jpg?x=1". */
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

export type VerifyResult = { ok: true; accessKey: string } | { ok: false; reason: string };

const AUTH_RE = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/;

/** Checks a SigV4 Authorization header the way S3 would (signature, date window, required signed headers). */
export function verifyV4(req: VerifyInput, secretFor: (accessKey: string) => string | undefined, opts: { now?: Date; maxSkewMs?: number } = {}): VerifyResult {
  const header = (name: string) => {
    const v = req.headers[name];
    return Array.isArray(v) ? v.join(',') : v;
  };
  const m = AUTH_RE.exec(header('authorization') ?? '');
  if (!m) return { ok: false, reason: 'malformed authorization' };
  const [, accessKey, day, region, service, signed, signature] = m;
  const secret = secretFor(accessKey);
  if (!secret) return { ok: false, reason: 'unknown access key' };
  const when = header('x-amz-date') ?? '';
  const payloadHash = header('x-amz-content-sha256') ?? '';
  const signedHeaders = signed.split(';');
  for (const h of ['host', 'x-amz-date', 'x-amz-content-sha256']) if (!signedHeaders.includes(h)) return { ok: false, reason: `${h} not signed` };
  if (!/^\d{8}T\d{6}Z$/.test(when) || when.slice(0, 8) !== day) return { ok: false, reason: 'bad x-amz-date' };
  const t = Date.UTC(+when.slice(0, 4), +when.slice(4, 6) - 1, +when.slice(6, 8), +when.slice(9, 11), +when.slice(11, 13), +when.slice(13, 15));
  if (Math.abs((opts.now ?? new Date()).getTime() - t) > (opts.maxSkewMs ?? 15 * 60_000)) return { ok: false, reason: 'request time too skewed' };
  const headers: Record<string, string> = {};
  for (const h of signedHeaders) headers[h] = header(h) ?? '';
  const q = req.url.indexOf('?');
  const expected = computeSignature({
    method: req.method.toUpperCase(), path: q < 0 ? req.url : req.url.slice(0, q), query: q < 0 ? '' : req.url.slice(q),
    headers, signedHeaders, payloadHash, amzDate: when, scope: `${day}/${region}/${service}/aws4_request`,
  }, secret, region, service).signature;
  const ok = timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
  return ok ? { ok: true, accessKey } : { ok: false, reason: 'signature mismatch' };
}
