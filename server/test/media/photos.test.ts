import { mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import sharp from 'sharp';
import { startApp } from '../app';
import { Media } from '../../src/modules/media/media.entity';
import { MediaStorageProvider } from '../../src/modules/media/storage/storage.provider';
import { fetchPhoto, gpsTags, makeJpeg, makePng, residentToken, staffToken, uploadPhoto } from './helpers';

// this file's photos go to a throw-away directory, read when the app builds its config
const mediaDir = mkdtempSync(join(tmpdir(), 'linli-media-'));
process.env.LINLI_MEDIA_DIR = mediaDir;

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesIn(join(dir, e.name)) : [join(dir, e.name)]));

describe('photo upload and viewing', () => {
  let t: Awaited<ReturnType<typeof startApp>>;
  let alice: { token: string; id: number };
  let bob: { token: string; id: number };
  let staff: { token: string; id: number };
  let provider: MediaStorageProvider;
  // counted per owner: on MariaDB every test file shares one database
  const rows = () => t.db.getRepository(Media).countBy({ ownerId: alice.id });
  beforeAll(async () => {
    t = await startApp();
    provider = await t.app.getApplicationContext().getAsync(MediaStorageProvider);
    alice = await residentToken(t.base, 'media-photos-alice');
    bob = await residentToken(t.base, 'media-photos-bob');
    staff = await staffToken(t.base, 'street1');
  });
  afterAll(async () => {
    await t?.stop();
    rmSync(mediaDir, { recursive: true, force: true });
  });

  describe('who may upload and see', () => {
    it('refuses an upload without a login (401) and with a bad token, storing nothing', async () => {
      const jpeg = await makeJpeg();
      const put = jest.spyOn(provider.storage, 'put');
      expect(await uploadPhoto(t.base, undefined, jpeg)).toMatchObject({ status: 401, success: false, errorCode: 'UNAUTHENTICATED', errorMessage: '请先登录' });
      expect(await uploadPhoto(t.base, 'not-a-token', jpeg)).toMatchObject({ status: 401, errorCode: 'TOKEN_INVALID' });
      expect(put).not.toHaveBeenCalled();
      put.mockRestore();
    });

    it("answers 404 for another resident's photo, exactly as for a photo that does not exist", async () => {
      const up = await uploadPhoto(t.base, alice.token, await makeJpeg());
      expect(up.status).toBe(200);
      const other = await fetchPhoto(t.base, bob.token, up.data.id);
      const none = await fetchPhoto(t.base, bob.token, 987654);
      expect(other.status).toBe(404);
      expect(other.json()).toEqual({ success: false, errorCode: 'NOT_FOUND', errorMessage: '内容不存在或无权查看' });
      expect(none.body.equals(other.body)).toBe(true);
      expect((await fetchPhoto(t.base, undefined, up.data.id)).status).toBe(401);
      expect((await fetchPhoto(t.base, alice.token, 'abc' as never)).json()).toMatchObject({ errorCode: 'VALIDATION_FAILED', errorField: 'id' });
    });

    it('streams the photo to its owner as a private, non-sniffable JPEG with an ETag; an unattached upload is nobody else\'s business', async () => {
      const up = await uploadPhoto(t.base, alice.token, await makeJpeg());
      expect(up.data).toEqual({ id: expect.any(Number), url: `/api/media/photos/${up.data.id}`, width: 320, height: 240, size: expect.any(Number) });
      const own = await fetchPhoto(t.base, alice.token, up.data.id);
      expect(own.status).toBe(200);
      expect(own.headers.get('content-type')).toBe('image/jpeg');
      expect(own.headers.get('cache-control')).toBe('private, max-age=86400');
      expect(own.headers.get('x-content-type-options')).toBe('nosniff');
      expect(own.body.length).toBe(up.data.size);
      expect((await sharp(own.body).metadata()).format).toBe('jpeg');
      // staff see photos through the events they belong to (test/event), not a resident's loose uploads
      expect((await fetchPhoto(t.base, staff.token, up.data.id)).status).toBe(404);
      const again = await fetchPhoto(t.base, alice.token, up.data.id, { 'if-none-match': own.headers.get('etag')! });
      expect(again.status).toBe(304);
    });

    it('takes nine photos uploaded at once (the mini-program sends them in parallel)', async () => {
      const jpeg = await makeJpeg();
      const ups = await Promise.all(Array.from({ length: 9 }, () => uploadPhoto(t.base, alice.token, jpeg)));
      expect(ups.map((u) => u.status)).toEqual(Array(9).fill(200));
      expect(new Set(ups.map((u) => u.data.id)).size).toBe(9);
    });

    it('lets staff upload from the console too', async () => {
      const up = await uploadPhoto(t.base, staff.token, await makeJpeg());
      expect(up.status).toBe(200);
      const row = await t.db.getRepository(Media).findOneByOrFail({ id: up.data.id });
      expect(row).toMatchObject({ ownerId: staff.id, usedBy: null, mime: 'image/jpeg', byteSize: up.data.size });
    });
  });

  describe('what is accepted', () => {
    it('decides the type by content: a text file named .jpg is refused naming the field, a JPEG named .txt is fine', async () => {
      const before = await rows();
      const fake = await uploadPhoto(t.base, alice.token, Buffer.from('这不是照片 just text pretending to be a photo'), { filename: 'evil.jpg', type: 'image/jpeg' });
      expect(fake).toMatchObject({ status: 422, success: false, errorCode: 'VALIDATION_FAILED', errorField: 'file', errorMessage: '只能上传 JPEG、PNG、WebP 或 HEIC 格式的照片' });
      const html = await uploadPhoto(t.base, alice.token, Buffer.from('<svg onload="alert(1)"></svg>'), { filename: 'a.png', type: 'image/png' });
      expect(html).toMatchObject({ status: 422, errorField: 'file' });
      const renamed = await uploadPhoto(t.base, alice.token, await makeJpeg(), { filename: 'notes.txt', type: 'text/plain' });
      expect(renamed.status).toBe(200);
      expect(await rows()).toBe(before + 1);
    });

    it('accepts PNG, WebP and AVIF and stores them as JPEG (transparency on white)', async () => {
      for (const [input, name] of [
        [await makePng(200, 100), 'a.png'],
        [await sharp(await makePng(150, 90)).webp().toBuffer(), 'b.webp'],
        [await sharp(await makeJpeg({ width: 64, height: 48 })).avif().toBuffer(), 'c.avif'],
      ] as [Buffer, string][]) {
        const up = await uploadPhoto(t.base, alice.token, input, { filename: name, type: 'application/octet-stream' });
        expect(up.status).toBe(200);
        const stored = (await fetchPhoto(t.base, alice.token, up.data.id)).body;
        expect(stored.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
        const meta = await sharp(stored).metadata();
        expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(['jpeg', up.data.width, up.data.height, false]);
      }
      const { data } = await sharp((await fetchPhoto(t.base, alice.token, (await uploadPhoto(t.base, alice.token, await makePng(4, 4))).data.id)).body).raw().toBuffer({ resolveWithObject: true });
      expect(data[0]).toBeGreaterThan(240); // 50 % red over white, not over black
      expect(data[1]).toBeGreaterThan(100);
    });

    it('recognises HEIC by its header and says plainly when this server cannot decode it', async () => {
      // an ftyp box of an iPhone HEIC, with nothing decodable behind it
      const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(64)]);
      const r = await uploadPhoto(t.base, alice.token, heic, { filename: 'IMG_0001.HEIC', type: 'image/heic' });
      expect(r).toMatchObject({ status: 422, errorField: 'file' });
      expect(r.errorMessage).toMatch(/HEIC/);
    });

    it('refuses a request without a `file` part, naming the field', async () => {
      const wrongField = await uploadPhoto(t.base, alice.token, await makeJpeg(), { field: 'photo' });
      expect(wrongField).toMatchObject({ status: 422, errorField: 'file', errorMessage: '请选择要上传的照片' });
      const json = await fetch(`${t.base}/api/media/photos`, { method: 'POST', headers: { authorization: `Bearer ${alice.token}`, 'content-type': 'application/json' }, body: '{}' });
      expect(await json.json()).toMatchObject({ success: false, errorField: 'file' });
      expect(json.status).toBe(422);
    });

    it('refuses more than 10 MB with 413 in Chinese, whether the length is declared or streamed', async () => {
      const before = await rows();
      const jpeg = await makeJpeg();
      const pad = (n: number) => Buffer.concat([jpeg, Buffer.alloc(n - jpeg.length)]); // a JPEG followed by junk, n bytes
      const MB10 = 10 * 1024 * 1024;
      // refused from the declared Content-Length, before parsing
      const declared = await uploadPhoto(t.base, alice.token, pad(12 * 1024 * 1024));
      expect(declared).toMatchObject({ status: 413, errorCode: 'PAYLOAD_TOO_LARGE', errorMessage: '照片不能超过 10 MB', errorField: 'file' });
      // one byte over: counted while streaming
      const big = pad(MB10 + 1);
      expect(await uploadPhoto(t.base, alice.token, big)).toMatchObject({ status: 413, errorCode: 'PAYLOAD_TOO_LARGE', errorField: 'file' });

      // chunked, no content-length: busboy cuts the part at the limit
      const boundary = 'linliboundary42';
      const head = Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.jpg"\r\ncontent-type: image/jpeg\r\n\r\n`);
      const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
      const parts = [head, big.subarray(0, 5_000_000), big.subarray(5_000_000), tail];
      const stream = new ReadableStream({ pull(c) { const p = parts.shift(); if (p) c.enqueue(new Uint8Array(p)); else c.close(); } });
      const res = await fetch(`${t.base}/api/media/photos`, {
        method: 'POST', body: stream, duplex: 'half',
        headers: { authorization: `Bearer ${alice.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
      } as RequestInit);
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({ errorCode: 'PAYLOAD_TOO_LARGE', errorField: 'file' });
      expect(await rows()).toBe(before);

      // exactly the limit is fine; the junk after the image is dropped by re-encoding
      const atLimit = await uploadPhoto(t.base, alice.token, pad(MB10));
      expect(atLimit.status).toBe(200);
      expect(atLimit.data.size).toBeLessThan(100_000);
    });
  });

  describe('what is stored', () => {
    it('strips EXIF, GPS position and camera data', async () => {
      const input = await makeJpeg({ gps: true });
      expect(gpsTags(input)).toEqual(expect.arrayContaining([1, 2, 3, 4])); // GPSLatitudeRef, GPSLatitude, GPSLongitudeRef, GPSLongitude
      expect(input.includes('LinliTestPhone')).toBe(true);

      const up = await uploadPhoto(t.base, alice.token, input);
      const stored = (await fetchPhoto(t.base, alice.token, up.data.id)).body;
      expect(gpsTags(stored)).toBeNull();
      expect(stored.includes('Exif')).toBe(false);
      expect(stored.includes('LinliTestPhone')).toBe(false);
      const meta = await sharp(stored).metadata();
      expect([meta.exif, meta.xmp, meta.iptc, meta.orientation]).toEqual([undefined, undefined, undefined, undefined]);
      // and what is on disk is exactly what was served
      const row = await t.db.getRepository(Media).findOneByOrFail({ id: up.data.id });
      expect(filesIn(mediaDir)).toContain(join(mediaDir, row.storageKey));
    });

    it('turns the photo upright from the EXIF orientation before dropping it', async () => {
      const up = await uploadPhoto(t.base, alice.token, await makeJpeg({ width: 320, height: 240, orientation: 6 }));
      expect([up.data.width, up.data.height]).toEqual([240, 320]);
    });

    it('caps the longest edge at 2560 px and never enlarges', async () => {
      const wide = await uploadPhoto(t.base, alice.token, await makeJpeg({ width: 4000, height: 1000 }));
      expect([wide.data.width, wide.data.height]).toEqual([2560, 640]);
      const tall = await uploadPhoto(t.base, alice.token, await makePng(900, 3000));
      expect([tall.data.width, tall.data.height]).toEqual([768, 2560]);
      const stored = await sharp((await fetchPhoto(t.base, alice.token, tall.data.id)).body).metadata();
      expect([stored.width, stored.height]).toEqual([768, 2560]);
      const small = await uploadPhoto(t.base, alice.token, await makeJpeg({ width: 40, height: 30 }));
      expect([small.data.width, small.data.height]).toEqual([40, 30]);
    });

    it('keeps random, sharded, unguessable names and the hash of the stored bytes', async () => {
      const up = await uploadPhoto(t.base, alice.token, await makeJpeg());
      const row = await t.db.getRepository(Media).findOneByOrFail({ id: up.data.id });
      expect(row.storageKey).toMatch(/^([0-9a-f]{2})\/([0-9a-f]{2})\/\1\2[0-9a-f]{28}\.jpg$/);
      const stored = (await fetchPhoto(t.base, alice.token, up.data.id)).body;
      expect(row.sha256).toBe(require('crypto').createHash('sha256').update(stored).digest('hex'));
      expect(filesIn(mediaDir).some((f) => f.endsWith('.tmp'))).toBe(false);
    });
  });
});
