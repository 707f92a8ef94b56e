import { Config, ILogger, Inject, Logger, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { createHash } from 'crypto';
import { EntityManager, In, IsNull, LessThan, Repository } from 'typeorm';
import { isStaff } from '@linli/config';
import { Actor } from '../../common/actor';
import { AppError, invalid, notFound } from '../../common/app-error';
import { ImageRejectedError, normalizePhoto } from './image';
import type { MediaConfig } from './media.config';
import { Media } from './media.entity';
import { MediaStorageProvider } from './storage/storage.provider';
import { newPhotoKey, ObjectNotFoundError } from './storage/storage';
import { FILE_FIELD } from './upload';
import { Event } from '../event/event.entity';
import { EventFollower } from '../event/event-follower.entity';
import { staffCanSee } from '../event/event-access';

/** A problem report or a handling step carries at most this many photos. */
export const MAX_PHOTOS = 9;

export interface PhotoView {
  id: number;
  /** Needs the bearer token: the mini-program loads it with wx.downloadFile({ header }). */
  url: string;
  width: number;
  height: number;
  size: number;
}

const saveFailed = () => new AppError('INTERNAL', '照片保存失败，请稍后重试');

@Provide()
@Scope(ScopeEnum.Singleton)
export class MediaService {
  @Config('linli.media') cfg: MediaConfig;
  @Inject() storageProvider: MediaStorageProvider;
  @InjectEntityModel(Media) repo: Repository<Media>;
  @Logger() logger: ILogger;

  private get storage() {
    return this.storageProvider.storage;
  }

  view(m: Media): PhotoView {
    return { id: m.id, url: `/api/media/photos/${m.id}`, width: m.width, height: m.height, size: m.byteSize };
  }

  /**
   * Re-encodes and stores an uploaded photo for `owner`. Bytes are written first and the row second, so a row
   * never points at nothing; if the row cannot be written the bytes are removed again.
   */
  async upload(owner: Actor, input: Buffer): Promise<PhotoView> {
    const photo = await normalizePhoto(input, this.cfg).catch((err) => {
      throw err instanceof ImageRejectedError ? invalid(FILE_FIELD, err.message) : err;
    });
    const key = newPhotoKey();
    try {
      await this.storage.put(key, photo.bytes, photo.mime);
    } catch (err) {
      this.logger.error('[media] storage %s put failed: %s', this.storage.kind, err);
      throw saveFailed();
    }
    try {
      const row = this.repo.create({
        ownerId: owner.id, storageKey: key, mime: photo.mime, byteSize: photo.bytes.length,
        width: photo.width, height: photo.height, sha256: createHash('sha256').update(photo.bytes).digest('hex'), usedBy: null,
      });
      // insert, not save: one statement and no implicit transaction (SQLite shares one connection between requests)
      await this.repo.insert(row);
      return this.view(row);
    } catch (err) {
      this.logger.error('[media] insert failed, removing stored object: %s', err);
      await this.storage.delete(key).catch((e) => this.logger.error('[media] could not remove orphan object %s: %s', key, e));
      throw saveFailed();
    }
  }

  /**
   * Who may see a photo: whoever uploaded it; and, once it belongs to an event, whoever may see that
   * event — staff within scope, its reporter and its followers (so a resident sees the handler's
   * "after" photos). An unattached upload is its owner's alone. Every read goes through here.
   */
  async canView(actor: Actor, media: Media): Promise<boolean> {
    if (media.ownerId === actor.id) return true;
    const eventId = /^event:(\d+)$/.exec(media.usedBy ?? '')?.[1];
    if (!eventId) return false;
    const m = this.repo.manager;
    const e = await m.findOneBy(Event, { id: Number(eventId) });
    if (!e) return false;
    if (isStaff(actor.role)) return staffCanSee(actor, e);
    return e.reporterId === actor.id || m.existsBy(EventFollower, { eventId: e.id, accountId: actor.id });
  }

  /** The row and an open stream of its bytes; 404 whether the photo is missing or not the caller's to see. */
  async open(actor: Actor, id: number) {
    const media = await this.repo.findOneBy({ id });
    if (!media || !(await this.canView(actor, media))) throw notFound();
    try {
      return { media, ...(await this.storage.get(media.storageKey)) };
    } catch (err) {
      if (err instanceof ObjectNotFoundError) {
        this.logger.error('[media] row %d has no stored object %s', media.id, media.storageKey);
        throw notFound();
      }
      this.logger.error('[media] storage %s get failed: %s', this.storage.kind, err);
      throw new AppError('INTERNAL', '照片暂时无法读取，请稍后重试');
    }
  }

  /**
   * Marks photos as used by `usedBy` (e.g. 'event:123') inside the caller's transaction, so an event and its
   * photos commit or roll back together. Every id must belong to `ownerId` and be unclaimed; the conditional
   * UPDATE makes two concurrent claims of the same photo impossible (the loser matches fewer rows and throws,
   * which rolls the caller back). Returns the rows in the order of `ids`.
   */
  async claim(ids: number[], ownerId: number, usedBy: string, manager: EntityManager, field = 'photoIds'): Promise<Media[]> {
    const unique = [...new Set(ids)];
    if (unique.length !== ids.length || unique.some((id) => !Number.isSafeInteger(id) || id < 1)) throw invalid(field, '照片列表有误');
    if (unique.length > MAX_PHOTOS) throw invalid(field, `最多上传 ${MAX_PHOTOS} 张照片`);
    if (!unique.length) return [];
    if (!usedBy || usedBy.length > 64) throw new Error(`claim: bad usedBy ${JSON.stringify(usedBy)}`);
    const result = await manager.createQueryBuilder().update(Media).set({ usedBy })
      .where({ id: In(unique), ownerId, usedBy: IsNull() })
      .execute();
    if (result.affected !== unique.length) throw invalid(field, '部分照片已失效或已被使用，请重新上传');
    const rows = await manager.findBy(Media, { id: In(unique) });
    return unique.map((id) => rows.find((r) => r.id === id) as Media);
  }

  /** Deletes photos nobody claimed within `olderThanHours` (abandoned drafts), bytes included. Returns how many. */
  async cleanupUnclaimed(olderThanHours: number): Promise<number> {
    const before = new Date(Date.now() - olderThanHours * 3600_000);
    return this.purge({ usedBy: IsNull(), createdAt: LessThan(before) });
  }

  /** For account erasure: the owner's photos that no report uses are personal data with no purpose left. */
  async deleteUnclaimedOf(ownerId: number): Promise<number> {
    return this.purge({ usedBy: IsNull(), ownerId });
  }

  private async purge(where: object): Promise<number> {
    let removed = 0;
    for (;;) {
      const batch = await this.repo.find({ where, order: { id: 'ASC' }, take: 200 });
      if (!batch.length) return removed;
      for (const m of batch) {
        // row first, and only while still unclaimed: a claim racing with the sweep either wins (row kept)
        // or finds the photo gone. An object whose delete fails is only unreachable garbage, never a dangling row.
        const res = await this.repo.createQueryBuilder().delete().from(Media).where({ id: m.id, usedBy: IsNull() }).execute();
        if (!res.affected) continue;
        removed++;
        await this.storage.delete(m.storageKey).catch((e) => this.logger.error('[media] could not delete object %s: %s', m.storageKey, e));
      }
      if (batch.length < 200) return removed;
    }
  }
}
