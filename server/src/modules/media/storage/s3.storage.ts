import { Readable } from 'stream';
import type { ReadableStream as WebReadableStream } from 'stream/web';
import type { S3Config } from '../media.config';
import { EMPTY_SHA256, sha256Hex, signV4, uriEncode } from './sigv4';
import { assertKey, ObjectNotFoundError, ObjectStorage } from './storage';

export class S3Error extends Error {
  constructor(readonly method: string, readonly status: number, detail: string) {
    // the S3 error body names the code (AccessDenied, NoSuchBucket…) but never the secret
    super(`S3 ${method} failed with HTTP ${status}: ${detail.slice(0, 300)}`);
    this.name = 'S3Error';
  }
}

/** S3-compatible object storage (AWS S3, MinIO, Aliyun OSS, Tencent COS…) over fetch with our own SigV4 signer. */
export class S3Storage implements ObjectStorage {
  readonly kind = 's3' as const;

  constructor(private readonly cfg: S3Config, private readonly fetchFn: typeof fetch = fetch) {}

  url(key: string): URL {
    const path = assertKey(key).split('/').map(uriEncode).join('/');
    if (this.cfg.pathStyle) return new URL(`${this.cfg.endpoint}/${uriEncode(this.cfg.bucket)}/${path}`);
    const u = new URL(this.cfg.endpoint);
    return new URL(`${u.protocol}//${this.cfg.bucket}.${u.host}/${path}`);
  }

  private async send(method: string, key: string, body?: Buffer, headers: Record<string, string> = {}): Promise<Response> {
    const url = this.url(key);
    const signed = signV4({ method, url, headers, payloadHash: body ? sha256Hex(body) : EMPTY_SHA256 }, this.cfg);
    const { host: _host, ...send } = signed.headers; // fetch sets Host itself, from the same URL
    return this.fetchFn(url, { method, headers: send, body: body as Uint8Array<ArrayBuffer> | undefined, signal: AbortSignal.timeout(this.cfg.timeoutMs) });
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    // the signed x-amz-content-sha256 makes S3 reject a body altered or cut short on the way
    const res = await this.send('PUT', key, body, { 'content-type': contentType });
    const text = await res.text();
    if (!res.ok) throw new S3Error('PUT', res.status, text);
  }

  async get(key: string) {
    const res = await this.send('GET', key);
    if (res.status === 404) {
      await res.body?.cancel();
      throw new ObjectNotFoundError(key);
    }
    if (!res.ok || !res.body) throw new S3Error('GET', res.status, await res.text());
    const length = res.headers.get('content-length');
    return { body: Readable.fromWeb(res.body as unknown as WebReadableStream), size: length === null ? undefined : Number(length) };
  }

  async delete(key: string): Promise<void> {
    const res = await this.send('DELETE', key);
    const text = await res.text();
    if (!res.ok && res.status !== 404) throw new S3Error('DELETE', res.status, text);
  }
}
