import { createHash } from 'crypto';
import { Readable } from 'stream';
import { canonicalPath, canonicalQuery, EMPTY_SHA256, signV4, verifyV4 } from '../../src/modules/media/storage/sigv4';
import { S3Error, S3Storage } from '../../src/modules/media/storage/s3.storage';
import { newPhotoKey, ObjectNotFoundError } from '../../src/modules/media/storage/storage';
import { fakeS3 } from './helpers';

/**
 * Vectors published by AWS in "Signature Calculations for the Authorization Header: Transferring Payload in a
 * Single Chunk" (https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html, section
 * "Examples"): example credentials, bucket `examplebucket`, us-east-1, Fri, 24 May 2013 00:00:00 GMT.
 */
const AWS = { accessKey: 'AKIAIOSFODNN7EXAMPLE', secretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'us-east-1' };
const DATE = new Date('2013-05-24T00:00:00Z');
const HOST = 'https://examplebucket.s3.amazonaws.com';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

describe('AWS Signature V4 signer: the published S3 examples', () => {
  it('GET Object (Range: bytes=0-9): canonical request, string to sign, signature and header', () => {
    const s = signV4({ method: 'GET', url: new URL(`${HOST}/test.txt`), headers: { Range: 'bytes=0-9' }, payloadHash: EMPTY_SHA256, date: DATE }, AWS);
    expect(s.canonicalRequest).toBe([
      'GET', '/test.txt', '',
      'host:examplebucket.s3.amazonaws.com', 'range:bytes=0-9', `x-amz-content-sha256:${EMPTY_SHA256}`, 'x-amz-date:20130524T000000Z', '',
      'host;range;x-amz-content-sha256;x-amz-date', EMPTY_SHA256,
    ].join('\n'));
    expect(s.stringToSign).toBe('AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972');
    expect(s.signature).toBe('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
    expect(s.headers.authorization).toBe('AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
  });

  it('PUT Object (test$file.text, signed Date and storage class, "Welcome to Amazon S3.")', () => {
    const body = 'Welcome to Amazon S3.';
    expect(sha256(body)).toBe('44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072');
    const s = signV4({
      method: 'PUT', url: new URL(`${HOST}/test$file.text`), payloadHash: sha256(body), date: DATE,
      headers: { Date: 'Fri, 24 May 2013 00:00:00 GMT', 'x-amz-storage-class': 'REDUCED_REDUNDANCY' },
    }, AWS);
    expect(s.canonicalRequest.split('\n')[1]).toBe('/test%24file.text');
    expect(s.headers.authorization).toContain('SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,');
    expect(s.signature).toBe('98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd');
  });

  it('GET Bucket Lifecycle (?lifecycle) and GET Bucket (?max-keys=2&prefix=J)', () => {
    const lifecycle = signV4({ method: 'GET', url: new URL(`${HOST}/?lifecycle`), payloadHash: EMPTY_SHA256, date: DATE }, AWS);
    expect(lifecycle.canonicalRequest.split('\n')[2]).toBe('lifecycle=');
    expect(lifecycle.signature).toBe('fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543');
    const list = signV4({ method: 'GET', url: new URL(`${HOST}/?prefix=J&max-keys=2`), payloadHash: EMPTY_SHA256, date: DATE }, AWS);
    expect(list.canonicalRequest.split('\n')[2]).toBe('max-keys=2&prefix=J');
    expect(list.signature).toBe('34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7');
  });

  it('encodes paths and queries once, the S3 way', () => {
    expect(canonicalPath('/a b/ü(1)*.jpg')).toBe('/a%20b/%C3%BC%281%29%2A.jpg');
    expect(canonicalPath('/a%20b/c')).toBe('/a%20b/c'); // already escaped by URL: not double-encoded
    expect(canonicalQuery('?b=2&a=x y&a=1')).toBe('a=1&a=x%20y&b=2');
  });
});

describe('AWS Signature V4 verifier', () => {
  const signed = (over: { secret?: string; date?: Date } = {}) =>
    signV4({ method: 'PUT', url: new URL('http://127.0.0.1:9000/photos/ab/cd/x.jpg'), headers: { 'content-type': 'image/jpeg' }, payloadHash: sha256('x'), date: over.date ?? new Date() }, { ...AWS, secretKey: over.secret ?? AWS.secretKey });
  const check = (headers: Record<string, string>, url = '/photos/ab/cd/x.jpg', method = 'PUT') => verifyV4({ method, url, headers }, (k) => (k === AWS.accessKey ? AWS.secretKey : undefined));

  it('accepts what the signer produced and the AWS GET Object example at its own time', () => {
    expect(check(signed().headers)).toEqual({ ok: true, accessKey: AWS.accessKey });
    const ex = signV4({ method: 'GET', url: new URL(`${HOST}/test.txt`), headers: { range: 'bytes=0-9' }, payloadHash: EMPTY_SHA256, date: DATE }, AWS);
    expect(verifyV4({ method: 'GET', url: '/test.txt', headers: ex.headers }, () => AWS.secretKey, { now: DATE })).toMatchObject({ ok: true });
  });

  it('refuses a wrong secret, a changed path, method or header, a stale date and an unknown key', () => {
    expect(check(signed({ secret: 'other' }).headers)).toEqual({ ok: false, reason: 'signature mismatch' });
    expect(check(signed().headers, '/photos/ab/cd/y.jpg')).toMatchObject({ ok: false });
    expect(check(signed().headers, undefined, 'DELETE')).toMatchObject({ ok: false });
    expect(check({ ...signed().headers, 'content-type': 'text/html' })).toMatchObject({ ok: false });
    expect(check({ ...signed().headers, 'x-amz-content-sha256': sha256('y') })).toMatchObject({ ok: false });
    expect(check(signed({ date: new Date(Date.now() - 3600_000) }).headers)).toEqual({ ok: false, reason: 'request time too skewed' });
    expect(verifyV4({ method: 'PUT', url: '/photos/ab/cd/x.jpg', headers: signed().headers }, () => undefined)).toEqual({ ok: false, reason: 'unknown access key' });
    expect(check({ authorization: 'AWS AKIA:sig' })).toEqual({ ok: false, reason: 'malformed authorization' });
  });
});

describe('S3Storage against an in-test S3 on 127.0.0.1', () => {
  let s3: Awaited<ReturnType<typeof fakeS3>>;
  const cfg = () => ({ endpoint: s3.endpoint, bucket: 'linli-photos', accessKey: 'AKIDTEST', secretKey: 'test-secret/123', region: 'cn-north-1', pathStyle: true, timeoutMs: 5000 });
  const read = async (r: Readable) => Buffer.concat(await r.toArray());
  beforeAll(async () => {
    s3 = await fakeS3('AKIDTEST', 'test-secret/123', 'linli-photos');
  });
  afterAll(async () => s3.close());

  it('puts, gets and deletes an object, every request signed and checked', async () => {
    const store = new S3Storage(cfg());
    const key = newPhotoKey();
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3, 0, 255]);
    await store.put(key, bytes, 'image/jpeg');
    expect(s3.objects.get(key)).toEqual({ body: bytes, type: 'image/jpeg' });
    const got = await store.get(key);
    expect(got.size).toBe(bytes.length);
    expect(await read(got.body)).toEqual(bytes);
    await store.delete(key);
    await expect(store.get(key)).rejects.toBeInstanceOf(ObjectNotFoundError);
    await store.delete(key); // deleting twice is fine
    expect(s3.seen.map((r) => [r.method, r.ok])).toEqual([['PUT', true], ['GET', true], ['DELETE', true], ['GET', true], ['DELETE', true]]);
    expect(s3.seen[0].url).toBe(`/linli-photos/${key}`);
  });

  it('surfaces a refused signature as an error that does not contain the secret', async () => {
    const store = new S3Storage({ ...cfg(), secretKey: 'not-the-secret' });
    const err = await store.put(newPhotoKey(), Buffer.from('x'), 'image/jpeg').catch((e) => e);
    expect(err).toBeInstanceOf(S3Error);
    expect(err).toMatchObject({ status: 403 });
    expect(String(err.message)).toContain('SignatureDoesNotMatch');
    expect(String(err.message)).not.toContain('not-the-secret');
  });

  it('builds virtual-hosted URLs for stores that need them (Aliyun OSS, Tencent COS)', () => {
    const store = new S3Storage({ ...cfg(), endpoint: 'https://oss-cn-hangzhou.aliyuncs.com', bucket: 'linli', pathStyle: false });
    expect(store.url('ab/cd/abcd0123456789abcdef0123456789ab.jpg').href).toBe('https://linli.oss-cn-hangzhou.aliyuncs.com/ab/cd/abcd0123456789abcdef0123456789ab.jpg');
    expect(() => store.url('../etc/passwd')).toThrow(/invalid storage key/);
  });

  it('fails within the timeout when the store does not answer', async () => {
    const hang = await new Promise<import('http').Server>((resolve) => {
      const srv = require('http').createServer(() => undefined);
      srv.listen(0, '127.0.0.1', () => resolve(srv));
    });
    const store = new S3Storage({ ...cfg(), endpoint: `http://127.0.0.1:${(hang.address() as import('net').AddressInfo).port}`, timeoutMs: 300 });
    const started = Date.now();
    await expect(store.put(newPhotoKey(), Buffer.from('x'), 'image/jpeg')).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(3000);
    hang.closeAllConnections();
    await new Promise((r) => hang.close(r));
  });
});
