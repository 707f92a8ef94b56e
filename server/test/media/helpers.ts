import sharp from 'sharp';
import { createServer, IncomingMessage, Server } from 'http';
import { AddressInfo } from 'net';
import { createHash } from 'crypto';
import { verifyV4 } from '../../src/modules/media/storage/sigv4';
import { DEMO_PASSWORD, Envelope } from '../app';

/** A photo-like JPEG; `gps` adds an EXIF GPS block (Shanghai) and a camera make, like a phone does. */
export async function makeJpeg(opts: { width?: number; height?: number; gps?: boolean; orientation?: number } = {}): Promise<Buffer> {
  let img = sharp({ create: { width: opts.width ?? 320, height: opts.height ?? 240, channels: 3, background: '#3080c0' } }).jpeg({ quality: 90 });
  if (opts.orientation) img = img.withMetadata({ orientation: opts.orientation });
  if (opts.gps) {
    img = img.withExifMerge({
      IFD0: { Make: 'LinliTestPhone', Model: 'X1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 13/1 4/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 28/1 5/1' },
    });
  }
  return img.toBuffer();
}

export const makePng = (width = 200, height = 100) =>
  sharp({ create: { width, height, channels: 4, background: { r: 255, g: 0, b: 0, alpha: 0.5 } } }).png().toBuffer();

/**
 * Tag ids found in the EXIF GPS IFD of a JPEG, or null when the file has no EXIF / no GPS IFD.
 * A minimal TIFF walk (IFD0 → tag 0x8825 → GPS IFD), enough to prove the position is there or gone.
 */
export function gpsTags(jpeg: Buffer): number[] | null {
  const at = jpeg.indexOf(Buffer.from('Exif\0\0', 'latin1'));
  if (at < 0) return null;
  const t = jpeg.subarray(at + 6);
  const le = t.toString('latin1', 0, 2) === 'II';
  const u16 = (o: number) => (le ? t.readUInt16LE(o) : t.readUInt16BE(o));
  const u32 = (o: number) => (le ? t.readUInt32LE(o) : t.readUInt32BE(o));
  const entries = (ifd: number) => Array.from({ length: u16(ifd) }, (_, i) => ifd + 2 + i * 12);
  const gpsEntry = entries(u32(4)).find((e) => u16(e) === 0x8825);
  if (gpsEntry === undefined) return null;
  return entries(u32(gpsEntry + 8)).map((e) => u16(e));
}

/** POSTs one file as multipart/form-data the way wx.uploadFile does. */
export async function uploadPhoto(base: string, token: string | undefined, bytes: Buffer, opts: { filename?: string; field?: string; type?: string } = {}): Promise<Envelope> {
  const form = new FormData();
  form.append(opts.field ?? 'file', new Blob([new Uint8Array(bytes)], { type: opts.type ?? 'image/jpeg' }), opts.filename ?? 'photo.jpg');
  const res = await fetch(`${base}/api/media/photos`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, ...(await res.json()) };
}

export async function fetchPhoto(base: string, token: string | undefined, id: number, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/api/media/photos/${id}`, { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, body, json: () => JSON.parse(body.toString()) };
}

export async function residentToken(base: string, openid: string): Promise<{ token: string; id: number }> {
  const res = await fetch(`${base}/api/auth/wechat-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: `demo:${openid}` }) });
  const { data } = await res.json();
  return { token: data.token, id: data.user.id };
}

export async function staffToken(base: string, username: string): Promise<{ token: string; id: number }> {
  const res = await fetch(`${base}/api/admin/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  const { data } = await res.json();
  return { token: data.token, id: data.user.id };
}

/**
 * A tiny S3 stand-in on 127.0.0.1: path-style /<bucket>/<key>, PUT/GET/DELETE kept in memory. Every request
 * must carry a valid SigV4 signature (checked with our verifier) and a body matching x-amz-content-sha256,
 * otherwise 403/400 like S3.
 */
export async function fakeS3(accessKey: string, secretKey: string, bucket: string) {
  const objects = new Map<string, { body: Buffer; type: string }>();
  const seen: { method: string; url: string; ok: boolean }[] = [];
  const read = (req: IncomingMessage) => new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
  });
  const server: Server = createServer(async (req, res) => {
    const body = await read(req);
    const v = verifyV4({ method: req.method!, url: req.url!, headers: req.headers }, (k) => (k === accessKey ? secretKey : undefined));
    seen.push({ method: req.method!, url: req.url!, ok: v.ok });
    if (!v.ok) return res.writeHead(403).end(`<Error><Code>SignatureDoesNotMatch</Code><Message>${v.reason}</Message></Error>`);
    if (createHash('sha256').update(body).digest('hex') !== req.headers['x-amz-content-sha256']) return res.writeHead(400).end('<Error><Code>XAmzContentSHA256Mismatch</Code></Error>');
    const prefix = `/${bucket}/`;
    if (!req.url!.startsWith(prefix)) return res.writeHead(404).end('<Error><Code>NoSuchBucket</Code></Error>');
    const key = decodeURIComponent(req.url!.slice(prefix.length));
    if (req.method === 'PUT') {
      objects.set(key, { body, type: String(req.headers['content-type']) });
      return res.writeHead(200).end();
    }
    const obj = objects.get(key);
    if (req.method === 'DELETE') {
      objects.delete(key);
      return res.writeHead(204).end();
    }
    if (!obj) return res.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
    res.writeHead(200, { 'content-type': obj.type, 'content-length': obj.body.length }).end(obj.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { endpoint, objects, seen, close: () => new Promise<void>((r) => server.close(() => r())) };
}
