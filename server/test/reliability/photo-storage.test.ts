import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { useApp } from '../app';
import { gridOf, people } from '../event/helpers';
import { fetchPhoto, makeJpeg, uploadPhoto } from '../media/helpers';
import { Account } from '../../src/modules/account/account.entity';
import { Event } from '../../src/modules/event/event.entity';
import { EventAction } from '../../src/modules/event/event-action.entity';
import { Media } from '../../src/modules/media/media.entity';
import { MediaStorageProvider } from '../../src/modules/media/storage/storage.provider';
import { LocalStorage } from '../../src/modules/media/storage/local.storage';
import type { ObjectStorage } from '../../src/modules/media/storage/storage';

// the photo directory sits below a regular file: every write fails in the file system itself, no mock involved
const root = mkdtempSync(join(tmpdir(), 'linli-broken-media-'));
writeFileSync(join(root, 'not-a-directory'), 'x');
process.env.LINLI_MEDIA_DIR = join(root, 'not-a-directory', 'media');

/**
 * media/lifecycle.test.ts covers a storage that rejects (disk full, mocked) and a failed row insert. Here the
 * storage fails for real, and the report or handling step the photo was for is not half-written either.
 */
describe('photo storage failing under a report', () => {
  const t = useApp();
  let provider: MediaStorageProvider;
  let broken: ObjectStorage;
  let working: LocalStorage;
  const workingDir = mkdtempSync(join(tmpdir(), 'linli-media-'));
  const photosOf = async (openid: string) => t.db.getRepository(Media).countBy({ ownerId: (await t.db.getRepository(Account).findOneByOrFail({ openid })).id });

  beforeAll(async () => {
    provider = await t.app.getApplicationContext().getAsync(MediaStorageProvider);
    broken = provider.storage;
    working = new LocalStorage(workingDir);
  });
  afterEach(() => {
    provider.storage = broken;
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(workingDir, { recursive: true, force: true });
  });

  it('an unwritable photo directory: a clear error, no media row, nothing left on disk, and the report is not created with a missing photo', async () => {
    const p = people(t);
    const resident = await p.wechat('broken-storage-resident');
    const up = await uploadPhoto(t.base, resident, await makeJpeg());
    expect(up).toMatchObject({ status: 500, success: false, errorCode: 'INTERNAL', errorMessage: '照片保存失败，请稍后重试' });
    expect(JSON.stringify(up)).not.toMatch(/ENOTDIR|not-a-directory|linli-broken/);
    expect(await photosOf('broken-storage-resident')).toBe(0);
    expect(readdirSync(root)).toEqual(['not-a-directory']);

    // the mini-program then submits what it has: the failed photo has no id, a guessed one is refused whole
    const g = await gridOf(t, 2, 3);
    const events = () => t.db.getRepository(Event).count();
    const before = await events();
    const r = await p.report(resident, { categoryCode: 'ENV_GARBAGE', description: '照片没传上去的上报', lng: g.lng, lat: g.lat, photos: [987654] });
    expect(r).toMatchObject({ status: 422, errorField: 'photos' });
    expect(await events()).toBe(before);
  });

  it('a storage that cannot be read answers a clear 500, not a broken image', async () => {
    provider.storage = working;
    const resident = await people(t).wechat('broken-storage-reader');
    const up = await uploadPhoto(t.base, resident, await makeJpeg());
    expect(up.status).toBe(200);
    provider.storage = Object.assign(Object.create(working), { get: () => Promise.reject(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' })) });
    const got = await fetchPhoto(t.base, resident, up.data.id);
    expect(got.status).toBe(500);
    expect(got.json()).toEqual({ success: false, errorCode: 'INTERNAL', errorMessage: '照片暂时无法读取，请稍后重试' });
  });

  it('a handling step whose photo did not upload leaves the event as it was: status, version, trail', async () => {
    const p = people(t);
    const g = await gridOf(t, 2, 4);
    const resident = await p.wechat('broken-storage-reporter');
    const worker = await p.wechat(g.workerOpenid);
    const id = (await p.report(resident, { categoryCode: 'ENV_GARBAGE', description: '处置照片上传失败的事件', lng: g.lng, lat: g.lat })).data.id;
    expect((await p.call('POST', `/api/events/${id}/actions`, { token: worker, body: { action: 'accept' } })).status).toBe(200);
    const before = await t.db.getRepository(Event).findOneByOrFail({ id });
    const steps = await t.db.getRepository(EventAction).countBy({ eventId: id });

    const failed = await uploadPhoto(t.base, worker, await makeJpeg()); // the storage is broken again
    expect(failed.status).toBe(500);
    const handle = await p.call('POST', `/api/events/${id}/actions`, { token: worker, body: { action: 'handle', note: '已清理', photos: [987655] } });
    expect(handle).toMatchObject({ status: 422, errorField: 'photos' });
    const after = await t.db.getRepository(Event).findOneByOrFail({ id });
    expect([after.status, after.version]).toEqual([before.status, before.version]);
    expect(await t.db.getRepository(EventAction).countBy({ eventId: id })).toBe(steps);
  });
});
